#include "OpensslCertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QStringList kEcKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};

} // namespace

OpensslCertificates::OpensslCertificates(QString directory)
    : m_directory(std::move(directory))
{}

QString OpensslCertificates::path(const QString& name, const char* suffix) const
{
    return QDir(m_directory).filePath(name + QLatin1String(suffix));
}

bool OpensslCertificates::runOpenssl(const QStringList& arguments)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForStarted() || !openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        m_lastError = QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    return true;
}

TestIdentity OpensslCertificates::load(const QString& name) const
{
    return {QSslCertificate(readAll(path(name, ".pem")), QSsl::Pem),
            QSslKey(readAll(path(name, ".key")), QSsl::Ec, QSsl::Pem)};
}

TestIdentity OpensslCertificates::makeCa(const QString& name)
{
    const bool made =
        runOpenssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + kEcKey +
                   QStringList{QStringLiteral("-keyout"), path(name, ".key"), QStringLiteral("-out"),
                               path(name, ".pem"), QStringLiteral("-days"), QStringLiteral("2"),
                               QStringLiteral("-subj"), QStringLiteral("/CN=") + name, QStringLiteral("-addext"),
                               QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                               QStringLiteral("keyUsage=critical,keyCertSign")});
    return made ? load(name) : TestIdentity{};
}

TestIdentity OpensslCertificates::makeSelfSigned(const QString& name, const QString& subjectAltNames)
{
    const bool made =
        runOpenssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + kEcKey +
                   QStringList{QStringLiteral("-keyout"), path(name, ".key"), QStringLiteral("-out"),
                               path(name, ".pem"), QStringLiteral("-days"), QStringLiteral("2"),
                               QStringLiteral("-subj"), QStringLiteral("/CN=") + name, QStringLiteral("-addext"),
                               QStringLiteral("subjectAltName=") + subjectAltNames, QStringLiteral("-addext"),
                               QStringLiteral("basicConstraints=critical,CA:FALSE")});
    return made ? load(name) : TestIdentity{};
}

TestIdentity OpensslCertificates::makeLeaf(const QString& name, const QString& subjectAltNames,
                                           const TestIdentity& issuer)
{
    const QString issuerName = QStringLiteral("%1-issuer").arg(name);
    QFile issuerCert(path(issuerName, ".pem"));
    QFile issuerKey(path(issuerName, ".key"));
    QFile extensions(path(name, ".ext"));
    if (!issuerCert.open(QIODevice::WriteOnly) || !issuerKey.open(QIODevice::WriteOnly) ||
        !extensions.open(QIODevice::WriteOnly)) {
        m_lastError = QStringLiteral("cannot write into %1").arg(m_directory);
        return {};
    }
    issuerCert.write(issuer.certificate.toPem());
    issuerKey.write(issuer.privateKey.toPem());
    extensions.write("subjectAltName=" + subjectAltNames.toLatin1() +
                     "\nbasicConstraints=critical,CA:FALSE\nextendedKeyUsage=serverAuth\n");
    issuerCert.close();
    issuerKey.close();
    extensions.close();
    const bool made =
        runOpenssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + kEcKey +
                   QStringList{QStringLiteral("-keyout"), path(name, ".key"), QStringLiteral("-out"),
                               path(name, ".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name}) &&
        runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path(name, ".csr"),
                    QStringLiteral("-CA"), issuerCert.fileName(), QStringLiteral("-CAkey"), issuerKey.fileName(),
                    QStringLiteral("-set_serial"), QString::number(++m_serial), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-extfile"), extensions.fileName(), QStringLiteral("-out"),
                    path(name, ".pem")});
    return made ? load(name) : TestIdentity{};
}
