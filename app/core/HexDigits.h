#pragma once

namespace dm {

// Lower-case hexadecimal digits, by value.
inline constexpr char kHexDigits[] = "0123456789abcdef";

// The value of one hexadecimal digit (either case), or -1. Decoding digit by digit lets a key's hex text be read in
// place, with no temporary copy (as QByteArray::fromHex makes) left behind unwiped.
[[nodiscard]] constexpr int hexDigitValue(unsigned char digit)
{
    if (digit >= '0' && digit <= '9') {
        return digit - '0';
    }
    if (digit >= 'a' && digit <= 'f') {
        return digit - 'a' + 10;
    }
    if (digit >= 'A' && digit <= 'F') {
        return digit - 'A' + 10;
    }
    return -1;
}

} // namespace dm
