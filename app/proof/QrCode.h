#pragma once

#include "core/Expected.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace dm::proof {

// A QR code (ISO/IEC 18004) as its grid of modules, made by libqrencode. The quiet zone is not part of the grid:
// whoever draws the code leaves kQuietZone light modules around it.
class QrCode
{
public:
    enum class Correction
    {
        Low,      // L: about 7% of the symbol may be lost
        Medium,   // M: about 15%
        Quartile, // Q: about 25%
        High,     // H: about 30%
    };

    static constexpr int kQuietZone = 4; // modules, as the standard asks for

    // The bytes in 8-bit mode, in the smallest version that holds them; an error when none does.
    [[nodiscard]] static Expected<QrCode, QString> encode(QByteArrayView bytes, Correction correction);

    [[nodiscard]] int size() const { return m_size; } // modules per side
    [[nodiscard]] int version() const { return m_version; }
    [[nodiscard]] bool isDark(int x, int y) const { return m_dark.at(y * m_size + x); }

private:
    QrCode() = default;

    int m_size = 0;
    int m_version = 0;
    QList<bool> m_dark; // row by row
};

} // namespace dm::proof
