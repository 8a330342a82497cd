#include "proof/PackManifest.h"

#include "proof/PackEvents.h"
#include "proof/PackFormat.h"
#include "proof/ProofTexts.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace dm::proof::pack {
namespace {

QJsonValue optionalTime(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(timeObject(*ms)) : QJsonValue();
}

QJsonObject documentObject(const EvidenceMessage& message, const QString& title)
{
    QJsonValue bounce;
    if (message.bounceAt) {
        bounce = QJsonObject{{QStringLiteral("reason"), message.bounceReason},
                             {QStringLiteral("time"), timeObject(*message.bounceAt)}};
    }
    return {{QStringLiteral("arrivedAt"), optionalTime(message.arrivedAt)},
            {QStringLiteral("bounce"), bounce},
            {QStringLiteral("mailRecordId"), message.mailRecordId},
            {QStringLiteral("messageId"), message.messageId},
            {QStringLiteral("recipient"), message.recipient},
            {QStringLiteral("sender"), message.sender},
            {QStringLiteral("smtpQueueId"), message.smtpQueueId},
            {QStringLiteral("smtpReply"), message.smtpReply},
            {QStringLiteral("status"), toString(message.status)},
            {QStringLiteral("subject"), message.subject},
            {QStringLiteral("submittedAt"), timeObject(message.submittedAt)},
            {QStringLiteral("title"), title}};
}

QJsonObject recipientObject(const EvidenceRecipient& recipient)
{
    QJsonValue basis;
    if (recipient.addressBasis) {
        const AddressBasis& given = *recipient.addressBasis;
        basis = QJsonObject{{QStringLiteral("date"), given.date.isValid()
                                                         ? QJsonValue(given.date.toString(QStringLiteral("yyyy-MM-dd")))
                                                         : QJsonValue()},
                            {QStringLiteral("kind"), toString(given.kind)},
                            {QStringLiteral("reference"), given.reference}};
    }
    return {{QStringLiteral("accountName"), recipient.accountName},
            {QStringLiteral("address"), recipient.address},
            {QStringLiteral("addressBasis"), basis},
            {QStringLiteral("jobNumber"), recipient.caseNumber},
            {QStringLiteral("maskedIdNumber"), recipient.maskedIdNumber},
            {QStringLiteral("name"), recipient.name}};
}

QJsonArray attachmentsArray(const QList<EvidenceAttachment>& attachments)
{
    QJsonArray array;
    for (const EvidenceAttachment& attachment : attachments) {
        array.append(QJsonObject{{QStringLiteral("mimeType"), attachment.mimeType},
                                 {QStringLiteral("name"), attachment.name},
                                 {QStringLiteral("sha256"), hex(attachment.sha256)},
                                 {QStringLiteral("size"), attachment.size},
                                 {QStringLiteral("sm3"), hex(attachment.sm3)}});
    }
    return array;
}

QJsonArray clerkArray(const QList<ClerkEntry>& entries)
{
    QJsonArray array;
    for (const ClerkEntry& entry : entries) {
        const bool matches = !entry.matchedAttachment.isEmpty();
        array.append(QJsonObject{
            {QStringLiteral("matchedAttachment"), matches ? QJsonValue(entry.matchedAttachment) : QJsonValue()},
            {QStringLiteral("matches"), matches},
            {QStringLiteral("path"), entry.path},
            {QStringLiteral("sha256"), hex(entry.sha256)},
            {QStringLiteral("size"), entry.size},
            {QStringLiteral("sm3"), hex(entry.sm3)}});
    }
    return array;
}

// Reading: every failure names the member as a path from the root.
class Reader
{
public:
    explicit Reader(QString* error)
        : m_error(error)
    {}

    QJsonValue at(const QJsonObject& object, const QString& path, const QString& name, QJsonValue::Type type,
                  bool nullable = false)
    {
        const QJsonValue value = object.value(name);
        if (value.type() == type || (nullable && value.isNull())) {
            return value;
        }
        fail(missingOrNot(path + name, type));
        return QJsonValue(type);
    }
    QString text(const QJsonObject& object, const QString& path, const QString& name)
    {
        return at(object, path, name, QJsonValue::String).toString();
    }
    qint64 integer(const QJsonObject& object, const QString& path, const QString& name)
    {
        return at(object, path, name, QJsonValue::Double).toInteger();
    }
    std::optional<qint64> time(const QJsonObject& object, const QString& path, const QString& name, bool nullable)
    {
        const QJsonValue value = object.value(name);
        if (nullable && value.isNull()) {
            return std::nullopt;
        }
        const std::optional<qint64> ms = timeOf(value);
        if (!ms) {
            fail(ProofTexts::tr("%1 is not a time (ms and the same instant in Beijing time)").arg(path + name));
        }
        return ms;
    }
    QByteArray digest(const QJsonObject& object, const QString& path, const QString& name)
    {
        const QString value = text(object, path, name);
        if (!isSha256Hex(value)) {
            fail(ProofTexts::tr("%1 is not 64 lower-case hex digits").arg(path + name));
        }
        return QByteArray::fromHex(value.toLatin1());
    }
    void fail(const QString& what)
    {
        if (m_error->isEmpty()) {
            //: %1: what is wrong with the manifest, e.g. "document.submittedAt is not a time (...)".
            *m_error = ProofTexts::tr("manifest.json: %1").arg(what);
        }
    }

private:
    // %1 is the member's path from the root, e.g. "document.subject".
    static QString missingOrNot(const QString& member, QJsonValue::Type type)
    {
        switch (type) {
        case QJsonValue::String:
            return ProofTexts::tr("%1 is missing or not a string").arg(member);
        case QJsonValue::Double:
            return ProofTexts::tr("%1 is missing or not a number").arg(member);
        case QJsonValue::Array:
            return ProofTexts::tr("%1 is missing or not an array").arg(member);
        case QJsonValue::Object:
            return ProofTexts::tr("%1 is missing or not an object").arg(member);
        case QJsonValue::Bool:
            return ProofTexts::tr("%1 is missing or not a boolean").arg(member);
        default:
            return ProofTexts::tr("%1 is missing").arg(member);
        }
    }
    QString* m_error;
};

void readDocument(Reader& read, const QJsonObject& document, EvidenceMessage& message)
{
    const QString path = QStringLiteral("document.");
    message.mailRecordId = read.integer(document, path, QStringLiteral("mailRecordId"));
    message.messageId = read.text(document, path, QStringLiteral("messageId"));
    message.subject = read.text(document, path, QStringLiteral("subject"));
    message.sender = read.text(document, path, QStringLiteral("sender"));
    message.recipient = read.text(document, path, QStringLiteral("recipient"));
    message.smtpQueueId = read.text(document, path, QStringLiteral("smtpQueueId"));
    message.smtpReply = read.text(document, path, QStringLiteral("smtpReply"));
    message.submittedAt = read.time(document, path, QStringLiteral("submittedAt"), false).value_or(0);
    message.arrivedAt = read.time(document, path, QStringLiteral("arrivedAt"), true);
    const auto status = mailStatusFromString(read.text(document, path, QStringLiteral("status")));
    if (!status) {
        read.fail(ProofTexts::tr("document.status is not a mail status"));
    }
    message.status = status.value_or(MailStatus::Received);
    const QJsonValue bounce = read.at(document, path, QStringLiteral("bounce"), QJsonValue::Object, true);
    if (bounce.isObject()) {
        const QString bouncePath = QStringLiteral("document.bounce.");
        message.bounceAt = read.time(bounce.toObject(), bouncePath, QStringLiteral("time"), false);
        message.bounceReason = read.text(bounce.toObject(), bouncePath, QStringLiteral("reason"));
    }
}

void readRecipient(Reader& read, const QJsonObject& object, EvidenceRecipient& recipient)
{
    const QString path = QStringLiteral("recipient.");
    recipient.accountName = read.text(object, path, QStringLiteral("accountName"));
    recipient.address = read.text(object, path, QStringLiteral("address"));
    recipient.name = read.text(object, path, QStringLiteral("name"));
    recipient.maskedIdNumber = read.text(object, path, QStringLiteral("maskedIdNumber"));
    recipient.caseNumber = read.text(object, path, QStringLiteral("jobNumber"));
    const QJsonValue basis = read.at(object, path, QStringLiteral("addressBasis"), QJsonValue::Object, true);
    if (!basis.isObject()) {
        return;
    }
    const QJsonObject given = basis.toObject();
    const QString basisPath = QStringLiteral("recipient.addressBasis.");
    const auto kind = addressBasisKindFromString(read.text(given, basisPath, QStringLiteral("kind")));
    if (!kind) {
        read.fail(ProofTexts::tr("recipient.addressBasis.kind is not confirmed, provided or courtFound"));
    }
    const QJsonValue date = read.at(given, basisPath, QStringLiteral("date"), QJsonValue::String, true);
    recipient.addressBasis = AddressBasis{kind.value_or(AddressBasisKind::CourtFound),
                                          QDate::fromString(date.toString(), QStringLiteral("yyyy-MM-dd")),
                                          read.text(given, basisPath, QStringLiteral("reference"))};
}

} // namespace

QString matchingAttachment(const QList<EvidenceAttachment>& attachments, const QByteArray& sha256,
                           const QByteArray& sm3)
{
    for (const EvidenceAttachment& attachment : attachments) {
        if (!sha256.isEmpty() && attachment.sha256 == sha256 && !sm3.isEmpty() && attachment.sm3 == sm3) {
            return attachment.name;
        }
    }
    return QString();
}

QJsonObject determinationObject(const Determination& determination, const QString& rule)
{
    QJsonArray basis;
    for (const qint64 id : determination.basisRecordIds) {
        basis.append(id);
    }
    return {
        {QStringLiteral("basisRecordIds"), basis},
        {QStringLiteral("channel"), determination.channel.isEmpty() ? QJsonValue() : QJsonValue(determination.channel)},
        {QStringLiteral("code"), codeOf(determination.code)},
        {QStringLiteral("rule"), rule},
        {QStringLiteral("serviceTime"), optionalTime(determination.serviceTime)}};
}

QJsonObject manifestObject(const ManifestParts& parts)
{
    const PackContext& context = parts.context;
    QJsonObject files;
    for (auto file = parts.fileSha256.cbegin(); file != parts.fileSha256.cend(); ++file) {
        files.insert(file.key(), hex(file.value()));
    }
    return {
        {QStringLiteral("attachments"), attachmentsArray(parts.evidence.attachments)},
        {QStringLiteral("caseNumber"), context.caseNumber},
        {QStringLiteral("clerkFiles"), clerkArray(parts.clerkEntries)},
        {QStringLiteral("court"), context.court},
        {QStringLiteral("determination"), determinationObject(parts.determination, parts.rule)},
        {QStringLiteral("document"), documentObject(parts.evidence.message, context.documentTitle)},
        {QStringLiteral("domain"), context.domain},
        {QStringLiteral("eventChain"),
         QJsonObject{{QStringLiteral("head"), parts.eventsHead}, {QStringLiteral("lines"), parts.events.size()}}},
        {QStringLiteral("events"), parts.events},
        {QStringLiteral("evidence"),
         QJsonObject{{QStringLiteral("accessesTruncated"), parts.evidence.accessesTruncated},
                     {QStringLiteral("answeredAt"), timeObject(parts.evidence.answeredAt)}}},
        {QStringLiteral("files"), files},
        {QStringLiteral("format"), QLatin1String(kFormatName)},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("generator"), QJsonObject{{QStringLiteral("name"), context.generator},
                                                  {QStringLiteral("version"), context.generatorVersion}}},
        {QStringLiteral("made"), QJsonObject{{QStringLiteral("at"), timeObject(context.madeAt.toMSecsSinceEpoch())},
                                             {QStringLiteral("by"), context.madeBy}}},
        {QStringLiteral("profile"), context.profileName},
        {QStringLiteral("recipient"), recipientObject(parts.evidence.recipient)},
        {QStringLiteral("tsaUrl"), context.tsaUrl},
    };
}

Expected<ManifestView, QString> readManifest(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        //: %1: the JSON parser's error; %2: where it is.
        return Unexpected{ProofTexts::tr("manifest.json is not a JSON object (%1 at byte %2)")
                              .arg(parseError.errorString(), QString::number(parseError.offset))};
    }
    ManifestView view;
    view.root = document.object();
    QString error;
    Reader read(&error);
    const QString top;
    if (read.text(view.root, top, QStringLiteral("format")) != QLatin1String(kFormatName) ||
        read.integer(view.root, top, QStringLiteral("formatVersion")) != kFormatVersion) {
        //: %1: the format's name (dmadmin-proof-pack); %2: its version.
        read.fail(ProofTexts::tr("not a %1 version %2 manifest").arg(QLatin1String(kFormatName)).arg(kFormatVersion));
    }
    view.caseNumber = read.text(view.root, top, QStringLiteral("caseNumber"));
    for (const QString& member :
         {QStringLiteral("court"), QStringLiteral("profile"), QStringLiteral("domain"), QStringLiteral("tsaUrl")}) {
        (void)read.text(view.root, top, member);
    }
    const QJsonObject generator = read.at(view.root, top, QStringLiteral("generator"), QJsonValue::Object).toObject();
    (void)read.text(generator, QStringLiteral("generator."), QStringLiteral("name"));
    (void)read.text(generator, QStringLiteral("generator."), QStringLiteral("version"));
    const QJsonObject made = read.at(view.root, top, QStringLiteral("made"), QJsonValue::Object).toObject();
    (void)read.time(made, QStringLiteral("made."), QStringLiteral("at"), false);
    (void)read.text(made, QStringLiteral("made."), QStringLiteral("by"));
    readDocument(read, read.at(view.root, top, QStringLiteral("document"), QJsonValue::Object).toObject(),
                 view.evidence.message);
    readRecipient(read, read.at(view.root, top, QStringLiteral("recipient"), QJsonValue::Object).toObject(),
                  view.evidence.recipient);
    const QString attachmentPath = QStringLiteral("attachments[].");
    for (const QJsonValue& value :
         read.at(view.root, top, QStringLiteral("attachments"), QJsonValue::Array).toArray()) {
        const QJsonObject object = value.toObject();
        view.evidence.attachments.append({read.text(object, attachmentPath, QStringLiteral("name")),
                                          read.integer(object, attachmentPath, QStringLiteral("size")),
                                          read.text(object, attachmentPath, QStringLiteral("mimeType")),
                                          read.digest(object, attachmentPath, QStringLiteral("sha256")),
                                          read.digest(object, attachmentPath, QStringLiteral("sm3"))});
    }
    const QJsonObject evidence = read.at(view.root, top, QStringLiteral("evidence"), QJsonValue::Object).toObject();
    view.evidence.accessesTruncated =
        read.at(evidence, QStringLiteral("evidence."), QStringLiteral("accessesTruncated"), QJsonValue::Bool).toBool();
    view.evidence.answeredAt =
        read.time(evidence, QStringLiteral("evidence."), QStringLiteral("answeredAt"), false).value_or(0);
    view.events = read.at(view.root, top, QStringLiteral("events"), QJsonValue::Array).toArray();
    const QJsonObject chain = read.at(view.root, top, QStringLiteral("eventChain"), QJsonValue::Object).toObject();
    view.eventsHead = read.text(chain, QStringLiteral("eventChain."), QStringLiteral("head"));
    view.eventLines = read.integer(chain, QStringLiteral("eventChain."), QStringLiteral("lines"));
    view.determination = read.at(view.root, top, QStringLiteral("determination"), QJsonValue::Object).toObject();
    view.clerkFiles = read.at(view.root, top, QStringLiteral("clerkFiles"), QJsonValue::Array).toArray();
    const QJsonObject files = read.at(view.root, top, QStringLiteral("files"), QJsonValue::Object).toObject();
    for (auto file = files.constBegin(); file != files.constEnd(); ++file) {
        view.files.insert(file.key(), file.value().toString());
    }
    if (!error.isEmpty()) {
        return Unexpected{error};
    }
    auto accesses = accessesOf(view.events);
    if (!accesses) {
        return Unexpected{ProofTexts::tr("manifest.json: %1").arg(accesses.error())};
    }
    view.evidence.accesses = *accesses;
    return view;
}

} // namespace dm::proof::pack
