#include "proof/QrCode.h"

#include "proof/ProofTexts.h"

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace dm::proof {

namespace {

QRecLevel levelOf(QrCode::Correction correction)
{
    switch (correction) {
    case QrCode::Correction::Low:
        return QR_ECLEVEL_L;
    case QrCode::Correction::Medium:
        return QR_ECLEVEL_M;
    case QrCode::Correction::Quartile:
        return QR_ECLEVEL_Q;
    case QrCode::Correction::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

struct QrCodeFree
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};

} // namespace

Expected<QrCode, QString> QrCode::encode(QByteArrayView bytes, Correction correction)
{
    if (bytes.isEmpty()) {
        return Unexpected(ProofTexts::tr("A QR code needs at least one byte to encode."));
    }
    errno = 0;
    // QRcode_encodeData takes the bytes as they are (NUL included) and picks the smallest version (0 = automatic).
    const std::unique_ptr<QRcode, QrCodeFree> encoded(QRcode_encodeData(
        int(bytes.size()), reinterpret_cast<const unsigned char*>(bytes.data()), 0, levelOf(correction)));
    if (!encoded) {
        return Unexpected(errno == ERANGE
                              ? ProofTexts::tr("%1 bytes are too many for a QR code.").arg(bytes.size())
                              : ProofTexts::tr("libqrencode could not encode the QR code (errno %1).").arg(errno));
    }
    QrCode code;
    code.m_size = encoded->width;
    code.m_version = encoded->version;
    code.m_dark.resize(qsizetype(code.m_size) * code.m_size);
    for (qsizetype i = 0; i < code.m_dark.size(); ++i) {
        code.m_dark[i] = (encoded->data[i] & 1) != 0; // bit 0 is the module's colour, the others say what it is for
    }
    return code;
}

} // namespace dm::proof
