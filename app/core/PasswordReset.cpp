#include "core/PasswordReset.h"

#include "core/EnumNames.h"

namespace dm {
namespace {

constexpr EnumName<PasswordResetMode> kModes[] = {{PasswordResetMode::Generate, "generate"},
                                                  {PasswordResetMode::Given, "given"}};
constexpr EnumName<PasswordDelivery> kDeliveries[] = {{PasswordDelivery::Sms, "sms"},
                                                      {PasswordDelivery::Return, "return"}};

} // namespace

QString toString(PasswordResetMode mode)
{
    return enumToString(kModes, mode);
}

QString toString(PasswordDelivery delivery)
{
    return enumToString(kDeliveries, delivery);
}

std::optional<PasswordDelivery> passwordDeliveryFromString(QStringView text)
{
    return enumFromString(kDeliveries, text);
}

} // namespace dm
