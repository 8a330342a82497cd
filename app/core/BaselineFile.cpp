#include "core/BaselineFile.h"

#include "core/PolicyBaseline.h"
#include "core/PolicyInput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dm {
namespace {

constexpr qint64 kMaxFileBytes = 1024 * 1024;

} // namespace

Expected<DeliveryPolicy, QString> BaselineFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Unexpected{tr("%1: cannot be read (%2).").arg(path, file.errorString())};
    }
    if (file.size() > kMaxFileBytes) {
        return Unexpected{tr("%1: too large for a baseline (over 1 MB).").arg(path)};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Unexpected{tr("%1: not one valid JSON object.").arg(path)};
    }
    const QJsonObject object = document.object();
    const QJsonValue policy =
        object.contains(QStringLiteral("policy")) ? object.value(QStringLiteral("policy")) : QJsonValue(object);
    auto baseline = baselineFromJson(policy, defaultBaseline());
    if (!baseline) {
        return Unexpected{QString(path + QStringLiteral(": ") + baseline.error().message())};
    }
    return *baseline;
}

Expected<void, QString> BaselineFile::write(const QString& path, const DeliveryPolicy& baseline)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return Unexpected{tr("Cannot create the folder of %1.").arg(QDir::toNativeSeparators(path))};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Unexpected{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    file.write(QJsonDocument(policyToJson(baseline)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return Unexpected{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

} // namespace dm
