#include "proof/PackChecks.h"
#include "proof/PackEvents.h"
#include "proof/PackFormat.h"
#include "proof/ProofTexts.h"
#include "timestamp/Digest.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

namespace dm::proof::pack {
namespace {

QString lineName(qsizetype number, const QJsonObject& event)
{
    //: How a problem names a line of events.jsonl. %1: the line number; %2: the event, e.g. "login 1234".
    return ProofTexts::tr("events.jsonl line %1 (%2)").arg(QString::number(number), describeEvent(event));
}

QString seqName(const QJsonObject& event)
{
    //: How a problem names an event by its "seq" member. %2: the event, e.g. "login 1234".
    return ProofTexts::tr("seq %1 (%2)")
        .arg(QString::number(event.value(QStringLiteral("seq")).toInteger()), describeEvent(event));
}

QString shortHex(const QString& hexText)
{
    return hexText.left(16) + QStringLiteral("…");
}

// events.jsonl read line by line: the chain, the time order and the numbering, and the events without "prev".
struct ChainReading
{
    QList<QJsonObject> events;
    QStringList problems;
    QString head;
};

ChainReading readChain(const QByteArray& bytes)
{
    ChainReading reading;
    if (!bytes.isEmpty() && !bytes.endsWith('\n')) {
        reading.problems.append(ProofTexts::tr("events.jsonl does not end with a line feed"));
    }
    QString expectedPrev = chainStart();
    std::optional<qint64> lastTime;
    bool seqReported = false;
    qsizetype start = 0;
    qsizetype number = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        const QByteArray line = bytes.mid(start, end - start);
        start = end;
        ++number;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QJsonObject event = document.object();
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            reading.problems.append(ProofTexts::tr("events.jsonl line %1 is not a JSON object").arg(number));
        } else {
            const QString prev = event.take(QStringLiteral("prev")).toString();
            if (prev != expectedPrev && number == 1) {
                reading.problems.append(
                    ProofTexts::tr("%1: prev is %2, but the first line's prev is 64 zeros: the chain is broken")
                        .arg(lineName(number, event), shortHex(prev)));
            } else if (prev != expectedPrev) {
                reading.problems.append(
                    ProofTexts::tr("%1: prev is %2, but the SHA-256 of line %3 is %4: the chain is broken")
                        .arg(lineName(number, event), shortHex(prev), QString::number(number - 1),
                             shortHex(expectedPrev)));
            }
            const std::optional<qint64> time = timeOf(event.value(QStringLiteral("time")));
            if (!time) {
                reading.problems.append(ProofTexts::tr("%1: its time is not ms with the same instant in Beijing time")
                                            .arg(lineName(number, event)));
            } else if (lastTime && *time < *lastTime) {
                reading.problems.append(ProofTexts::tr("%1: earlier than line %2: out of time order")
                                            .arg(lineName(number, event), QString::number(number - 1)));
            }
            lastTime = time ? time : lastTime;
            if (!seqReported && event.value(QStringLiteral("seq")).toInteger() != number) {
                seqReported = true;
                reading.problems.append(
                    ProofTexts::tr("%1: seq is not %2").arg(lineName(number, event), QString::number(number)));
            }
        }
        reading.events.append(event);
        expectedPrev = hex(sha256Of(line));
    }
    reading.head = expectedPrev;
    return reading;
}

// What differs between the manifest's events and events.jsonl's, by event: dropped, added, or moved.
QStringList compareWithManifest(const QList<QJsonObject>& lines, const QJsonArray& manifestEvents)
{
    QHash<QByteArray, int> inLines;
    for (const QJsonObject& event : lines) {
        ++inLines[canonicalJson(event, false)];
    }
    QHash<QByteArray, int> inManifest;
    for (const QJsonValue& value : manifestEvents) {
        ++inManifest[canonicalJson(value, false)];
    }
    QStringList problems;
    for (const QJsonValue& value : manifestEvents) {
        const QByteArray key = canonicalJson(value, false);
        if (inLines.value(key) <= 0) {
            problems.append(
                //: %1: the event, named as "seq 5 (ContentAccessTracking, open 501)".
                ProofTexts::tr("event %1 of manifest.json is missing from events.jsonl (dropped or altered)")
                    .arg(seqName(value.toObject())));
        }
        --inLines[key];
    }
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QByteArray key = canonicalJson(lines.at(index), false);
        if (inManifest.value(key) <= 0) {
            problems.append(
                ProofTexts::tr("%1 is not among manifest.json's events").arg(lineName(index + 1, lines.at(index))));
        }
        --inManifest[key];
    }
    if (!problems.isEmpty()) {
        return problems;
    }
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QJsonObject expected = manifestEvents.at(index).toObject();
        if (lines.at(index) != expected) {
            problems.append(ProofTexts::tr("events.jsonl line %1 holds %2 where manifest.json has %3: reordered")
                                .arg(QString::number(index + 1), seqName(lines.at(index)), seqName(expected)));
        }
    }
    return problems;
}

QString determinationInWords(const QJsonObject& determination)
{
    const QString code = determination.value(QStringLiteral("code")).toString();
    const std::optional<qint64> ms = timeOf(determination.value(QStringLiteral("serviceTime")));
    if (!ms) {
        //: A determination that gives no date, e.g. "NOT_SERVED with no service time". %1: its code.
        return ProofTexts::tr("%1 with no service time").arg(code);
    }
    //: A determination, e.g. "SERVED_ON_ARRIVAL at 2026-06-01T10:00:04.000+08:00". %1: its code; %2: the service time.
    return ProofTexts::tr("%1 at %2").arg(code, beijingIso(*ms));
}

} // namespace

VerifyCheck checkEvents(const PackFiles& files, const ManifestView* manifest)
{
    const QString name = QStringLiteral("events");
    if (!files.has(kEventsName)) {
        return {name, false, ProofTexts::tr("events.jsonl is missing")};
    }
    const ChainReading reading = readChain(files.bytes(kEventsName));
    QStringList problems;
    if (manifest) {
        problems = compareWithManifest(reading.events, manifest->events);
        if (manifest->eventLines != reading.events.size() || manifest->eventsHead != reading.head) {
            problems.append(ProofTexts::tr("events.jsonl has %1 lines ending in %2; manifest.json's eventChain says %3 "
                                           "lines ending in %4")
                                .arg(QString::number(reading.events.size()), shortHex(reading.head),
                                     QString::number(manifest->eventLines), shortHex(manifest->eventsHead)));
        }
    } else {
        problems.append(ProofTexts::tr("not compared with manifest.json's events: it cannot be read"));
    }
    problems += reading.problems;
    if (!problems.isEmpty()) {
        return {name, false, joinProblems(problems)};
    }
    return {name, true,
            //: %n: how many events; %1: the SHA-256 of the last line.
            ProofTexts::tr("%n events chained from 64 zeros to %1, in time order, the same as manifest.json's", nullptr,
                           static_cast<int>(reading.events.size()))
                .arg(reading.head)};
}

VerifyCheck checkDetermination(const ManifestView* manifest)
{
    const QString name = QStringLiteral("determination");
    if (!manifest) {
        return {name, false, ProofTexts::tr("not checked: manifest.json cannot be read")};
    }
    const Determination recomputed = determine(manifest->evidence);
    const QJsonObject expected = determinationObject(recomputed, ruleInWords(recomputed, manifest->evidence));
    const QJsonObject& stated = manifest->determination;
    if (stated == expected) {
        QStringList ids;
        for (const qint64 id : recomputed.basisRecordIds) {
            ids.append(QString::number(id));
        }
        if (recomputed.channel.isEmpty()) {
            //: %1: the determination; %2: the platform record ids it rests on.
            return {name, true,
                    ProofTexts::tr("%1, recomputed from the manifest's evidence (no channel, platform records %2)")
                        .arg(determinationInWords(expected), ids.join(QStringLiteral(", ")))};
        }
        //: %1: the determination; %2: the channel (mailbox, reply, webmail, ...); %3: the platform record ids.
        return {name, true,
                ProofTexts::tr("%1, recomputed from the manifest's evidence (channel %2, platform records %3)")
                    .arg(determinationInWords(expected), recomputed.channel, ids.join(QStringLiteral(", ")))};
    }
    QStringList differences;
    for (const QString& key : {QStringLiteral("code"), QStringLiteral("serviceTime"), QStringLiteral("channel"),
                               QStringLiteral("basisRecordIds"), QStringLiteral("rule")}) {
        if (stated.value(key) != expected.value(key)) {
            differences.append(key);
        }
    }
    if (differences.isEmpty()) {
        return {name, false,
                ProofTexts::tr("manifest.json says %1, its evidence gives %2 (differing in other members)")
                    .arg(determinationInWords(stated), determinationInWords(expected))};
    }
    //: %1, %2: determinations; %3: the JSON members that differ, e.g. "code, serviceTime".
    return {
        name, false,
        ProofTexts::tr("manifest.json says %1, its evidence gives %2 (differing: %3)")
            .arg(determinationInWords(stated), determinationInWords(expected), differences.join(QStringLiteral(", ")))};
}

} // namespace dm::proof::pack
