#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

// Certificates made by the openssl command line, not by the code under test: a private CA, leaves it issues, and
// self-signed leaves, all EC P-256. Used to attack and to exercise certificate pinning.
struct TestIdentity
{
    QSslCertificate certificate = QSslCertificate();
    QSslKey privateKey;
    [[nodiscard]] bool isNull() const { return certificate.isNull() || privateKey.isNull(); }
};

class OpensslCertificates
{
public:
    // Files go to `directory`, which must outlive the certificates' use.
    explicit OpensslCertificates(QString directory);

    // A CA certificate (basicConstraints CA:TRUE, keyCertSign).
    [[nodiscard]] TestIdentity makeCa(const QString& name);
    // A server certificate for `subjectAltNames` (e.g. "IP:127.0.0.1,DNS:localhost"), signed by `issuer`.
    [[nodiscard]] TestIdentity makeLeaf(const QString& name, const QString& subjectAltNames,
                                        const TestIdentity& issuer);
    // A self-signed server certificate for `subjectAltNames`.
    [[nodiscard]] TestIdentity makeSelfSigned(const QString& name, const QString& subjectAltNames);

    // The last openssl error output, for a failing test's message.
    [[nodiscard]] const QString& lastError() const { return m_lastError; }

private:
    bool runOpenssl(const QStringList& arguments);
    [[nodiscard]] QString path(const QString& name, const char* suffix) const;
    [[nodiscard]] TestIdentity load(const QString& name) const;

    QString m_directory;
    QString m_lastError;
    int m_serial = 1;
};
