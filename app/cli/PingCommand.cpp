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
        units->list(nullptr, [io, units](const Expected<QList<Unit>, ApiError>& list) {
            if (!list) {
                io.out << "api: FAILED\n";
                io.out.flush();
                io.err << list.error().message() << Qt::endl;
                io.finish(1);
                return;
            }
            io.out << "api: ok (" << list->size() << " units)\n";
            io.out.flush();
            io.finish(0);
        });
    });
}

} // namespace dm
