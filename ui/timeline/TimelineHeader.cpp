#include "ui/timeline/TimelineHeader.h"

#include "store/CaseNumber.h"
#include "store/UnitRepository.h"
#include "ui/accounts/AccountTexts.h"

#include <QUrl>

namespace dm {

namespace {

const QString kCaseScheme = QStringLiteral("case");

} // namespace

Expected<TimelineHeaderData, DbError> readTimelineHeader(Db& db, const QString& account, const QString& domain)
{
    TimelineRepository timeline(db);
    auto subject = timeline.subject(account, domain);
    if (!subject) {
        return Unexpected{subject.error()};
    }
    TimelineHeaderData data;
    data.subject = *subject;
    auto counts = timeline.counts(data.subject);
    if (!counts) {
        return Unexpected{counts.error()};
    }
    data.counts = *counts;
    if (data.subject.account) {
        auto unit = UnitRepository(db).get(data.subject.unitId);
        if (!unit) {
            return Unexpected{unit.error()};
        }
        data.unitName = *unit ? (*unit)->name : data.subject.unitId;
    }
    return data;
}

TimelineHeader::TimelineHeader(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("timeline.summary"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QLabel::linkActivated, this, [this](const QString& link) {
        const QUrl url(link);
        if (url.scheme() == kCaseScheme) {
            Q_EMIT caseRequested(url.path());
        }
    });
}

void TimelineHeader::showData(const std::optional<TimelineHeaderData>& header, const QString& typed)
{
    m_data = header;
    m_typed = typed;
    retranslateUi();
}

void TimelineHeader::retranslateUi()
{
    if (!m_data) {
        setText(m_typed.isEmpty() ? tr("Type an account name, an address or a recipient's name above.") : QString());
        return;
    }
    const TimelineSubject& subject = m_data->subject;
    if (!subject.account) {
        const qint64 events = m_data->counts.total(TimelineKinds::all());
        setText(events > 0 ? tr("%1 is not an account in the cache; the log rows that name it are shown.")
                                 .arg(m_typed.toHtmlEscaped())
                           : tr("No account and no log row in the cache names %1.").arg(m_typed.toHtmlEscaped()));
        return;
    }
    const Account& account = subject.account->account;
    QStringList parts;
    parts.append(QStringLiteral("<b>%1</b>").arg(account.name.toHtmlEscaped()));
    parts.append(account.address.toHtmlEscaped());
    const QString caseNumber = casenumber::normalise(account.jobNumber);
    if (!caseNumber.isEmpty()) {
        QUrl link;
        link.setScheme(kCaseScheme);
        link.setPath(caseNumber);
        parts.append(
            tr("Case %1").arg(QStringLiteral("<a href=\"%1\">%2</a>")
                                  .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(), caseNumber.toHtmlEscaped())));
    } else if (!account.jobNumber.isEmpty()) {
        parts.append(tr("Case %1").arg(account.jobNumber.toHtmlEscaped()));
    }
    parts.append(m_data->unitName.toHtmlEscaped());
    parts.append(AccountTexts::status(account.status).toHtmlEscaped());
    parts.append(AccountTexts::activation(account.activation.state).toHtmlEscaped());
    parts.removeAll(QString());
    setText(parts.join(QStringLiteral(" · ")));
}

} // namespace dm
