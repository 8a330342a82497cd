#pragma once

#include <QDate>
#include <QtGlobal>

namespace dm {

// How far accounts got with activation (CONTRACT.md §14), cumulatively: every activated account also counts as
// firstLogin, smsSent and created. Deleted accounts are not counted.
struct ActivationFunnel
{
    qint64 created = 0;
    qint64 smsSent = 0;
    qint64 firstLogin = 0;
    qint64 activated = 0;
};

// Documents sent to the domain's mailboxes on one local date.
struct MailDay
{
    QDate date; // local to the offset asked for
    qint64 sent = 0;
    qint64 delivered = 0; // of those, received
    qint64 read = 0;      // of those, read by now
};

} // namespace dm
