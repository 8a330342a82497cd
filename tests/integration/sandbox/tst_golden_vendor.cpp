// The golden exchanges of tests/golden/vendor/*.json, sent to a real dmsandbox over TLS the way public integrators
// send them: the sandbox must answer the vendor's real dialect (part one of app/api/CONTRACT.md). Also: requests with
// an integrator's fixed placeholder headers get real answers, and --strict-headers refuses them.
#include "AccountTestSupport.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

using Variables = QHash<QString, QJsonValue>;

// 2026-09-21 00:00 UTC: the end of the seeded history the log queries' golden windows were taken from.
constexpr qint64 kGoldenEpoch = 1789948800000;

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("absent");
}

// `{{name}}` in strings replaced by the variable; a string that is exactly one placeholder takes the variable's value.
QJsonValue substitute(const QJsonValue& value, const Variables& variables)
{
    if (value.isString()) {
        QString text = value.toString();
        for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
            const QString placeholder = QStringLiteral("{{") + it.key() + QStringLiteral("}}");
            if (text == placeholder) {
                return it.value();
            }
            text.replace(placeholder, it.value().toString());
        }
        return text;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value() = substitute(it.value(), variables);
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray()) {
            array.append(substitute(item, variables));
        }
        return array;
    }
    return value;
}

QJsonValue atPath(const QJsonValue& root, const QString& dotted)
{
    QJsonValue value = root;
    for (const QString& key : dotted.split(QLatin1Char('.'))) {
        value = value.toObject().value(key);
    }
    return value;
}

// Differences between the golden shape and the answer: every golden key present with the same JSON type; arrays
// element by element against a golden element (the golden's first, or another one when the golden shows variants,
// e.g. a top-level unit with unitParentId null beside a sub-unit with a string).
QStringList shapeDiff(const QJsonValue& golden, const QJsonValue& actual, const QString& where);

QStringList arrayDiff(const QJsonArray& golden, const QJsonArray& actual, const QString& where)
{
    QStringList problems;
    if (golden.isEmpty()) {
        return problems;
    }
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const QString at = where + QStringLiteral("[%1]").arg(i);
        QStringList first = shapeDiff(golden.first(), actual.at(i), at);
        for (qsizetype g = 1; g < golden.size() && !first.isEmpty(); ++g) {
            if (shapeDiff(golden.at(g), actual.at(i), at).isEmpty()) {
                first.clear();
            }
        }
        problems += first;
    }
    return problems;
}

QStringList shapeDiff(const QJsonValue& golden, const QJsonValue& actual, const QString& where)
{
    if (typeName(golden) != typeName(actual)) {
        return {QStringLiteral("%1: golden %2, answer %3").arg(where, typeName(golden), typeName(actual))};
    }
    if (golden.isArray()) {
        return arrayDiff(golden.toArray(), actual.toArray(), where);
    }
    QStringList problems;
    if (golden.isObject()) {
        const QJsonObject expected = golden.toObject();
        const QJsonObject answer = actual.toObject();
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            problems += shapeDiff(it.value(), answer.value(it.key()), where + QLatin1Char('.') + it.key());
        }
    }
    return problems;
}

// The rule of a message: what follows an optional "<label>: ".
QString ruleOf(const QString& message)
{
    const qsizetype colon = message.indexOf(QStringLiteral(": "));
    return colon < 0 ? message : message.mid(colon + 2);
}

// Vendor rows of an answer: account objects in data or data.list.
QList<QJsonObject> vendorRows(const QJsonValue& data)
{
    QList<QJsonObject> rows;
    const QJsonObject object = data.toObject();
    if (object.contains(QStringLiteral("accountName"))) {
        rows.append(object);
    }
    for (const QJsonValue& item : object.value(QStringLiteral("list")).toArray()) {
        rows.append(item.toObject());
    }
    return rows;
}

QFileInfoList goldenFiles()
{
    const QDir dir(QStringLiteral(DM_SOURCE_DIR "/tests/golden/vendor"));
    return dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

// Sends every golden file in order to `sandbox`; returns the differences, each naming its file.
QStringList replayGolden(SandboxProcess& sandbox, bool vendorOnly)
{
    QStringList problems;
    Variables variables;
    for (const QString& key : {QStringLiteral("appId"), QStringLiteral("authCode"), QStringLiteral("orgOpenId")}) {
        variables.insert(key, sandbox.connection().value(key));
    }
    const QFileInfoList files = goldenFiles();
    if (files.size() < 20) {
        return {QStringLiteral("only %1 golden files found").arg(files.size())};
    }
    for (const QFileInfo& info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append(info.fileName() + QStringLiteral(": cannot read"));
            continue;
        }
        const QJsonObject golden = QJsonDocument::fromJson(file.readAll()).object();
        QString path = golden.value(QStringLiteral("path")).toString();
        const QJsonObject query = substitute(golden.value(QStringLiteral("query")), variables).toObject();
        if (!query.isEmpty()) {
            QUrlQuery items;
            for (auto it = query.begin(); it != query.end(); ++it) {
                items.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value().toString())));
            }
            path += QLatin1Char('?') + items.toString(QUrl::FullyEncoded);
        }
        const QJsonValue body = substitute(golden.value(QStringLiteral("body")), variables);
        const QByteArray bytes =
            body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact) : QByteArray();
        SandboxProcess::Headers headers{{"Content-Type", "application/json"}};
        const QString mode = golden.value(QStringLiteral("headers")).toString();
        if (mode == QLatin1String("token")) {
            headers += sandbox.tokenHeaders(variables.value(QStringLiteral("accessToken")).toString().toLatin1());
        } else if (mode == QLatin1String("bogus-token")) {
            headers += sandbox.tokenHeaders("bogus-token-never-issued-0123456789");
        }
        const auto reply = sandbox.raw(path, bytes, headers);
        const QString where = info.fileName();
        if (!reply.transportOk) {
            problems.append(where + QStringLiteral(": no envelope: ") + QString::fromUtf8(reply.raw.left(200)));
            continue;
        }
        const QJsonObject answer = QJsonDocument::fromJson(reply.raw).object();
        const QJsonObject expected = golden.value(QStringLiteral("response")).toObject();
        const int code = expected.value(QStringLiteral("code")).toInt();
        const QString raw = QStringLiteral(" (answer: %1)").arg(QString::fromUtf8(reply.raw.left(300)));
        if (reply.code != code || reply.success != expected.value(QStringLiteral("success")).toBool()) {
            problems.append(where + QStringLiteral(": code %1, golden %2").arg(reply.code).arg(code) + raw);
            continue;
        }
        if (code != 0) {
            const QString rule = ruleOf(expected.value(QStringLiteral("message")).toString());
            if (ruleOf(reply.message) != rule) {
                problems.append(where + QStringLiteral(": message rule '%1', golden '%2'").arg(reply.message, rule));
            }
            if (!answer.contains(QStringLiteral("data")) || !reply.data.isNull()) {
                problems.append(where + QStringLiteral(": key data: a failure must carry data null") + raw);
            }
        } else {
            const QJsonValue goldenData = expected.value(QStringLiteral("data"));
            if (goldenData.isNull()) {
                if (!reply.data.isNull() && !reply.data.isUndefined()) {
                    problems.append(where + QStringLiteral(": key data: golden null, answer ") + typeName(reply.data));
                }
            } else {
                for (const QString& problem : shapeDiff(goldenData, reply.data, QStringLiteral("data"))) {
                    problems.append(where + QStringLiteral(": key ") + problem);
                }
                // An empty list matches any shape, so a golden list with rows must be answered with rows.
                const QString list = QStringLiteral("list");
                if (!goldenData.toObject().value(list).toArray().isEmpty() &&
                    reply.data.toObject().value(list).toArray().isEmpty()) {
                    problems.append(where + QStringLiteral(": key data.list: golden has rows, the answer none"));
                }
            }
        }
        if (vendorOnly) {
            for (const QJsonObject& row : vendorRows(reply.data)) {
                for (const QString& extra :
                     {QStringLiteral("activation"), QStringLiteral("idNumber"), QStringLiteral("updatedAt")}) {
                    if (row.contains(extra)) {
                        problems.append(where + QStringLiteral(": key ") + extra +
                                        QStringLiteral(": an extension field in a --vendor-only row"));
                    }
                }
            }
        }
        const QJsonObject capture = golden.value(QStringLiteral("capture")).toObject();
        for (auto it = capture.begin(); it != capture.end(); ++it) {
            const QJsonValue value = atPath(answer, it.value().toString());
            if (value.isUndefined() || value.isNull()) {
                problems.append(where + QStringLiteral(": nothing to capture at ") + it.value().toString());
            }
            variables.insert(it.key(), value);
        }
    }
    return problems;
}

} // namespace

class TestGoldenVendor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultSandboxAnswersTheGoldenFiles() { replay({}); }
    void vendorOnlySandboxAnswersTheGoldenFiles() { replay({QStringLiteral("--vendor-only")}); }
    void integratorHeadersGetRealAnswers();
    void strictHeadersRefusePlaceholders();

private:
    void replay(const QStringList& extraArguments)
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxProcess sandbox(dir.path());
        // The log queries' golden windows (24-...) lie in the seeded history of this fixed epoch.
        const QStringList epoch{QStringLiteral("--epoch"), QString::number(kGoldenEpoch)};
        QVERIFY(!sandbox.start(accounts_test::frozenSandbox() + epoch + extraArguments).isEmpty());
        QCOMPARE(sandbox.connection().value(QStringLiteral("domain")).toString(), QStringLiteral("court.sandbox.test"));
        const QStringList problems = replayGolden(sandbox, extraArguments.contains(QStringLiteral("--vendor-only")));
        for (const QString& problem : problems) {
            qWarning().noquote() << problem;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

namespace {

// How one public integrator calls: fixed placeholders for timestamp and nonce, on every call.
const SandboxProcess::Headers kPlaceholders{{"qiye-timestamp", "token"}, {"qiye-nonce", "123456789012"}};

QByteArray credentials(const SandboxProcess& sandbox)
{
    QJsonObject body;
    for (const QString& key : {QStringLiteral("appId"), QStringLiteral("authCode"), QStringLiteral("orgOpenId")}) {
        body.insert(key, sandbox.connection().value(key));
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

void TestGoldenVendor::integratorHeadersGetRealAnswers()
{
    QTemporaryDir dir;
    SandboxProcess sandbox(dir.path());
    QVERIFY(!sandbox.start(accounts_test::frozenSandbox()).isEmpty());
    SandboxProcess::Headers json = kPlaceholders;
    json.emplaceBack("Content-Type", "application/json; charset=utf-8");
    const auto token = sandbox.raw(QStringLiteral("/api/pub/token/acquireToken"), credentials(sandbox), json);
    QCOMPARE(token.code, 0);
    const QByteArray accessToken = token.data.toObject().value(QStringLiteral("accessToken")).toString().toLatin1();
    QVERIFY(!accessToken.isEmpty());
    const QByteArray body = QByteArrayLiteral("{\"domain\":\"court.sandbox.test\"}");
    // The same placeholder nonce again and again, and the Content-Type spellings integrators use.
    for (const QByteArray& contentType :
         {QByteArrayLiteral("application/json;charset=UTF-8"), QByteArrayLiteral("application/json; charset=utf-8"),
          QByteArrayLiteral("application/json")}) {
        SandboxProcess::Headers headers = kPlaceholders + sandbox.tokenHeaders(accessToken);
        headers.emplaceBack("Content-Type", contentType);
        const auto units = sandbox.raw(QStringLiteral("/api/open/unit/getUnitList"), body, headers);
        QCOMPARE(units.code, 0);
        QVERIFY(units.data.isArray());
    }
    // No timestamp or nonce header at all is fine too.
    const auto bare =
        sandbox.raw(QStringLiteral("/api/open/unit/getUnitList"), body,
                    sandbox.tokenHeaders(accessToken) + SandboxProcess::Headers{{"Content-Type", "application/json"}});
    QCOMPARE(bare.code, 0);
}

void TestGoldenVendor::strictHeadersRefusePlaceholders()
{
    QTemporaryDir dir;
    SandboxProcess sandbox(dir.path());
    QVERIFY(!sandbox.start(accounts_test::frozenSandbox() << QStringLiteral("--strict-headers")).isEmpty());
    SandboxProcess::Headers json = kPlaceholders;
    json.emplaceBack("Content-Type", "application/json; charset=utf-8");
    QCOMPARE(sandbox.raw(QStringLiteral("/api/pub/token/acquireToken"), credentials(sandbox), json).code, -424);
    QVERIFY(sandbox.authenticate()); // fresh timestamp and nonce, as dm_api sends them
    SandboxProcess::Headers headers = kPlaceholders + sandbox.tokenHeaders();
    headers.emplaceBack("Content-Type", "application/json");
    const auto units = sandbox.raw(QStringLiteral("/api/open/unit/getUnitList"), "{}", headers);
    QCOMPARE(units.code, -424);
    QVERIFY(units.data.isNull());
    SandboxProcess::Headers bare = sandbox.tokenHeaders();
    bare.emplaceBack("Content-Type", "application/json");
    QCOMPARE(sandbox.raw(QStringLiteral("/api/open/unit/getUnitList"), "{}", bare).code, -424);
}

QTEST_GUILESS_MAIN(TestGoldenVendor)
#include "tst_golden_vendor.moc"
