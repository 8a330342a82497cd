#include "cli/TsaChoice.h"

#include "cli/Commands.h"
#include "cli/Connection.h"
#include "cli/ProofCommand.h"

#include <QFile>

namespace dm {

namespace {
constexpr qint64 kMaxChainBytes = 1024 * 1024; // a chain is a few kilobytes
}

Expected<QByteArray, QString> readSmallFile(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Unexpected{CliText::tr("Cannot read %1: %2").arg(path, file.errorString())};
    }
    if (file.size() > maxBytes) {
        return Unexpected{CliText::tr("%1 is larger than %2 MiB.").arg(path).arg(maxBytes / (1024 * 1024))};
    }
    return file.readAll();
}

Expected<QByteArray, QString> givenTsaChain(const QCommandLineParser& parser, const ProofOptions& options)
{
    return parser.isSet(options.tsaChain) ? readSmallFile(parser.value(options.tsaChain), kMaxChainBytes)
                                          : QByteArray();
}

Expected<TsaChoice, QString> chooseTsa(const QCommandLineParser& parser, const ProofOptions& options,
                                       const Connection& connection)
{
    TsaChoice choice;
    if (parser.isSet(options.tsa)) {
        choice.url = QUrl(parser.value(options.tsa));
        if (!parser.isSet(options.tsaChain)) {
            return Unexpected{CliText::tr("--tsa needs --tsa-chain FILE: the chain its tokens are checked against.")};
        }
    } else if (connection.sandbox) {
        choice.url = connection.settings.baseUrl;
        choice.url.setPath(QStringLiteral("/sandbox/tsa"));
    } else {
        return Unexpected{CliText::tr("This profile names no time-stamping authority: give --tsa URL and "
                                      "--tsa-chain FILE.")};
    }
    if (!choice.url.isValid() || !choice.url.scheme().startsWith(QLatin1String("http"))) {
        return Unexpected{CliText::tr("The time-stamping URL must be http or https.")};
    }
    auto chain = givenTsaChain(parser, options);
    if (!chain) {
        return Unexpected{chain.error()};
    }
    choice.chainPem = *chain;
    return choice;
}

} // namespace dm
