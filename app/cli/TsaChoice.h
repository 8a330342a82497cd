#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QUrl>

namespace dm {

struct Connection;
struct ProofOptions;

struct TsaChoice
{
    QUrl url;
    QByteArray chainPem; // empty for the sandbox's TSA, which publishes its chain
};

// The time-stamping authority that --tsa/--tsa-chain name, or the sandbox's own for a sandbox connection; a
// translated error when neither applies or a file cannot be read.
[[nodiscard]] Expected<TsaChoice, QString> chooseTsa(const QCommandLineParser& parser, const ProofOptions& options,
                                                     const Connection& connection);
// The chain --tsa-chain names, read whole; empty when the option is not given.
[[nodiscard]] Expected<QByteArray, QString> givenTsaChain(const QCommandLineParser& parser,
                                                          const ProofOptions& options);
// A small file read whole; a translated error when it cannot be read or is over `maxBytes`.
[[nodiscard]] Expected<QByteArray, QString> readSmallFile(const QString& path, qint64 maxBytes);

} // namespace dm
