#pragma once

#include "cli/Commands.h"
#include "cli/LogsCommand.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace dm {

struct Connection;

// The options of `dmctl proof`; --recipient and --output are the log commands' own.
struct ProofOptions
{
    QCommandLineOption messageId{QStringLiteral("message-id"), QStringLiteral("The document's message id."),
                                 QStringLiteral("ID")};
    QCommandLineOption attach{QStringLiteral("attach"),
                              QStringLiteral("A copy of a file that was sent (repeatable): the pack says whether it "
                                             "matches the platform's."),
                              QStringLiteral("FILE")};
    QCommandLineOption caseNumber{QStringLiteral("case"), QStringLiteral("Every document and recipient of a case."),
                                  QStringLiteral("CASE")};
    QCommandLineOption court{QStringLiteral("court"),
                             QStringLiteral("The court's name for the packs (the platform does not tell it)."),
                             QStringLiteral("NAME")};
    QCommandLineOption tsa{QStringLiteral("tsa"), QStringLiteral("RFC 3161 time-stamping URL."), QStringLiteral("URL")};
    QCommandLineOption tsaChain{QStringLiteral("tsa-chain"), QStringLiteral("The TSA's certificate chain (PEM)."),
                                QStringLiteral("FILE")};
    QCommandLineOption sign{QStringLiteral("sign"),
                            QStringLiteral("PKCS#12 file of the court's certificate: adds manifest.p7s."),
                            QStringLiteral("FILE")};
    QCommandLineOption signPasswordEnv{QStringLiteral("sign-password-env"),
                                       QStringLiteral("Environment variable holding the PKCS#12 password (else it "
                                                      "is read from standard input)."),
                                       QStringLiteral("VAR")};
    [[nodiscard]] QList<QCommandLineOption> all() const
    {
        return {messageId, attach, caseNumber, court, tsa, tsaChain, sign, signPasswordEnv};
    }
};

struct ProofContext
{
    const QCommandLineParser& parser;
    const ProofOptions& options;
    const LogOptions& logOptions;
    const Connection& connection;
    QString profileName;
};

// `dmctl proof make --message-id ID --recipient ADDRESS [--attach FILE...] [--output DIR]`,
// `dmctl proof make --case CASE [--output DIR]` and `dmctl proof verify PACK.zip [--tsa-chain FILE]`. Every pack made
// or verified is recorded in the ledger of the local cache `db` with the pack's SHA-256.
void runProof(PlatformClient& client, Db& db, const QStringList& arguments, const ProofContext& context,
              const CommandIo& io);

} // namespace dm
