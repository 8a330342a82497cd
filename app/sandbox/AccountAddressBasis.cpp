#include "sandbox/AccountAddressBasis.h"

#include "sandbox/Prng.h"
#include "sandbox/SeedData.h"

#include <QDate>
#include <QRegularExpression>

#include <array>
#include <span>
#include <vector>

namespace dm::sandbox {
namespace {

constexpr quint64 kBasisStream = 0x6261736973ULL; // "basis": a generator of its own, apart from the seeding stream
constexpr std::array<QStringView, 3> kProvidedIn{u"起诉状", u"答辩状", u"庭审笔录"};

QDate chinaDate(qint64 ms)
{
    return QDate::fromJulianDay((ms + kChinaOffsetMs) / kDayMs + 2440588); // 2440588: 1970-01-01
}

QString kindLabel(const QString& kind)
{
    if (kind == u"confirmed") {
        return QStringLiteral("已确认");
    }
    if (kind == u"provided") {
        return QStringLiteral("当事人提供");
    }
    return QStringLiteral("法院查明");
}

// An error of a member of addressBasis, named with its path (addressBasis.kind) as the policy fields are.
ApiError memberError(const ApiError& error)
{
    ApiError named = error;
    named.message.replace(QStringLiteral("PARAM.INVALID:"), QStringLiteral("PARAM.INVALID:addressBasis."));
    return named;
}

} // namespace

std::optional<AddressBasisRecord> seededAddressBasis(quint64 seed, const QString& accountName,
                                                     const QString& caseNumber, qint64 createdAt)
{
    if (caseNumber.isEmpty()) {
        return std::nullopt;
    }
    Prng prng(stableHash(seed ^ kBasisStream, accountName));
    const QDate created = chinaDate(createdAt);
    const double kind = prng.uniform();
    if (kind < 0.55) {
        // Signed when the case was filed or first served, a few days before the mailbox was opened.
        return AddressBasisRecord{QStringLiteral("confirmed"),
                                  created.addDays(-prng.between(0, 20)).toString(Qt::ISODate),
                                  caseNumber + QStringLiteral("送达地址确认书")};
    }
    if (kind < 0.85) {
        return AddressBasisRecord{QStringLiteral("provided"),
                                  created.addDays(-prng.between(0, 30)).toString(Qt::ISODate),
                                  prng.pick(std::span<const QStringView>(kProvidedIn)).toString()};
    }
    return AddressBasisRecord{QStringLiteral("courtFound"), created.addDays(-prng.between(0, 3)).toString(Qt::ISODate),
                              prng.chance(0.5) ? QStringLiteral("") : QStringLiteral("立案登记预留信息")};
}

QJsonValue addressBasisJson(const std::optional<AddressBasisRecord>& basis)
{
    if (!basis) {
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonObject{{QStringLiteral("kind"), basis->kind},
                       {QStringLiteral("date"), basis->date},
                       {QStringLiteral("reference"), basis->reference}};
}

Expected<std::optional<AddressBasisRecord>, ApiError> addressBasisField(const QJsonObject& body, qint64 nowMs)
{
    const QString field = QStringLiteral("addressBasis");
    const QJsonValue value = body.value(field);
    if (value.isUndefined()) {
        return Unexpected{parameterError(field, QStringLiteral("missing"))};
    }
    if (value.isNull()) {
        return std::optional<AddressBasisRecord>(); // clears it
    }
    if (!value.isObject()) {
        return Unexpected{parameterError(field, QStringLiteral("type"))};
    }
    const QJsonObject basis = value.toObject();
    auto kind = stringField(basis, QStringLiteral("kind"), Presence::Required, 32);
    if (!kind) {
        return Unexpected{memberError(kind.error())};
    }
    if (**kind != u"confirmed" && **kind != u"provided" && **kind != u"courtFound") {
        return Unexpected{parameterError(QStringLiteral("addressBasis.kind"), QStringLiteral("value"))};
    }
    auto date = stringField(basis, QStringLiteral("date"), Presence::Required, 10);
    if (!date) {
        return Unexpected{memberError(date.error())};
    }
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate parsed = QDate::fromString(**date, Qt::ISODate);
    if (!isoDate.match(**date).hasMatch() || !parsed.isValid()) {
        return Unexpected{parameterError(QStringLiteral("addressBasis.date"), QStringLiteral("format"))};
    }
    if (parsed > chinaDate(nowMs)) {
        return Unexpected{parameterError(QStringLiteral("addressBasis.date"), QStringLiteral("future"))};
    }
    // A confirmation is a document the court holds: it must be named. The other kinds may leave it out.
    const bool confirmed = **kind == u"confirmed";
    auto reference = stringField(basis, QStringLiteral("reference"),
                                 confirmed ? Presence::Required : Presence::Optional, kAddressBasisReferenceMax);
    if (!reference) {
        return Unexpected{memberError(reference.error())};
    }
    QString text = reference->value_or(QString());
    if (text.isNull()) {
        text = QStringLiteral(""); // stored and answered as "", never as NULL
    }
    return std::optional<AddressBasisRecord>(AddressBasisRecord{**kind, **date, text});
}

QString addressBasisRemark(const std::optional<AddressBasisRecord>& basis)
{
    if (!basis) {
        return QStringLiteral("设置送达地址依据:清除");
    }
    return QStringLiteral("设置送达地址依据:") + kindLabel(basis->kind) + QLatin1Char('(') + basis->date +
           QLatin1Char(')');
}

Expected<void, DbError> fillSeededAddressBases(Db& db, quint64 seed, qint64 epochMs)
{
    struct Seeded
    {
        qint64 id;
        AddressBasisRecord basis;
    };
    std::vector<Seeded> seeded;
    {
        // Seeded recipients: created before the epoch, with a case number (staff have none). Accounts made through
        // the API come later, at platform time.
        auto select = db.prepare("SELECT id, account_name, job_number, created_at FROM accounts "
                                 "WHERE created_at < ? AND job_number <> '' ORDER BY id");
        if (!select) {
            return Unexpected{select.error()};
        }
        select->bind(1, epochMs);
        for (;;) {
            const auto row = select->step();
            if (!row) {
                return Unexpected{row.error()};
            }
            if (!row.value()) {
                break;
            }
            if (auto basis = seededAddressBasis(seed, select->text(1), select->text(2), select->int64(3))) {
                seeded.push_back(Seeded{select->int64(0), *basis});
            }
        }
    }
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return Unexpected{transaction.error()};
    }
    const auto latest = db.queryText("SELECT COALESCE(MAX(updated_at), 0) FROM accounts");
    if (!latest) {
        return Unexpected{latest.error()};
    }
    qint64 updatedAt = latest->toLongLong();
    auto update = db.prepare("UPDATE accounts SET address_basis_kind = ?, address_basis_date = ?, "
                             "address_basis_reference = ?, updated_at = ? WHERE id = ?");
    if (!update) {
        return Unexpected{update.error()};
    }
    for (const Seeded& account : seeded) {
        update->reset();
        update->bind(1, account.basis.kind)
            .bind(2, account.basis.date)
            .bind(3, account.basis.reference)
            .bind(4, ++updatedAt)
            .bind(5, account.id);
        if (auto ran = update->run(); !ran) {
            return ran;
        }
    }
    return transaction->commit();
}

} // namespace dm::sandbox
