#include "api/Capabilities.h"
#include "api/PlatformClient.h"
#include "api/UnitService.h"
#include "cli/Commands.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dm {

void runPing(PlatformClient& client, const CommandIo& io)
{
    const QString url = client.settings().baseUrl.toString();
    const QString trust =
        client.settings().pinnedKeys.isEmpty() ? QStringLiteral("system trust") : QStringLiteral("pinned key matches");
    client.tokens().token(nullptr, [&client, io, url, trust](const TokenManager::TokenResult& token) {
        if (!token) {
            const ApiError& error = token.error();
            switch (error.kind) {
            case ApiError::Kind::Network:
            case ApiError::Kind::ProxyAuth:
            case ApiError::Kind::Timeout:
                io.out << "reachable: FAILED " << url << '\n';
                break;
            case ApiError::Kind::Tls:
            case ApiError::Kind::PinMismatch:
                io.out << "reachable: ok " << url << '\n' << "tls: FAILED\n";
                break;
            default:
                io.out << "reachable: ok " << url << '\n'
                       << "tls: ok (" << trust << ")\n"
                       << "token: FAILED\n";
                break;
            }
            io.out.flush();
            io.err << error.message()
                   << (error.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.detail)) << Qt::endl;
            io.finish(1);
            return;
        }
        const qint64 seconds = (client.tokens().accessExpiry() - QDateTime::currentMSecsSinceEpoch()) / 1000;
        io.out << "reachable: ok " << url << '\n'
               << "tls: ok (" << trust << ")\n"
               << "token: ok (valid for " << seconds << " s)\n";
        io.out.flush();
        auto units = std::make_shared<UnitService>(client);
        units->list(nullptr, [&client, io, units](const Expected<QList<Unit>, ApiError>& list) {
            if (!list) {
                io.out << "api: FAILED\n";
                io.out.flush();
                io.err << list.error().message() << Qt::endl;
                io.finish(1);
                return;
            }
            io.out << "api: ok (" << list->size() << " units)\n";
            io.out.flush();
            // One line per family of endpoints: what this platform serves, and why not where it does not.
            probeCapabilities(client, nullptr, [io](const Capabilities& found) {
                for (ApiFamily family : Capabilities::allFamilies()) {
                    const FamilyStatus status = found.status(family);
                    io.out << "family " << Capabilities::key(family) << ": " << Capabilities::stateText(status.state);
                    if (!status.detail.isEmpty()) {
                        io.out << " (" << status.detail << ')';
                    }
                    io.out << '\n';
                }
                io.out.flush();
                io.finish(0);
            });
        });
    });
}

} // namespace dm
