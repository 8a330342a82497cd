#pragma once

#include <QList>
#include <QString>

namespace dm {

// One document in one recipient's mailbox: what a proof-of-delivery pack is made for.
struct ProofTarget
{
    QString messageId;
    QString recipient;  // the mailbox address
    QString caseNumber; // canonical; empty when the subject names no case
    QString subject;
};

using ProofTargets = QList<ProofTarget>;

} // namespace dm
