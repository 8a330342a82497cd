#include "sandbox/FaultsApi.h"

#include <QLoggingCategory>

namespace dm::sandbox {
namespace {

Q_LOGGING_CATEGORY(lcFaults, "dm.sandbox.faults")

ApiResult setFaults(FaultPlan& plan, const ApiCall& call)
{
    // An empty spec is meaningful (no faults), so "spec" is read by hand: present and a string, maybe empty.
    const QJsonValue value = call.body.value(QStringLiteral("spec"));
    if (value.isUndefined() || value.isNull()) {
        return Unexpected{parameterError(QStringLiteral("spec"), QStringLiteral("missing"))};
    }
    if (!value.isString()) {
        return Unexpected{parameterError(QStringLiteral("spec"), QStringLiteral("type"))};
    }
    if (value.toString().size() > 1000) {
        return Unexpected{parameterError(QStringLiteral("spec"), QStringLiteral("length"))};
    }
    auto spec = FaultSpec::parse(value.toString());
    if (!spec) {
        ApiError error = parameterError(QStringLiteral("spec"), spec.error().reason);
        error.data = QJsonObject{{QStringLiteral("detail"), spec.error().detail}};
        return Unexpected{error};
    }
    plan.setSpec(std::move(spec).value());
    qCInfo(lcFaults).noquote() << "faults set to"
                               << (plan.spec().entries.isEmpty() ? QStringLiteral("none") : plan.spec().toString());
    return QJsonValue(plan.status());
}

} // namespace

void registerFaultsApis(SandboxServer& server, FaultPlan& plan)
{
    using Access = SandboxServer::Access;
    server.addApi(QStringLiteral("/sandbox/faults/set"), Access::Operations,
                  [&plan](const ApiCall& call) { return setFaults(plan, call); });
    server.addApi(QStringLiteral("/sandbox/faults/get"), Access::Operations,
                  [&plan](const ApiCall&) { return ApiResult(QJsonValue(plan.status())); });
}

} // namespace dm::sandbox
