#include "ui/import/ImportWizard.h"

#include "sync/CacheSession.h"
#include "ui/import/ImportCheckPage.h"
#include "ui/import/ImportFilePage.h"
#include "ui/import/ImportMappingPage.h"
#include "ui/import/ImportResultPage.h"
#include "ui/import/ImportRunPage.h"

#include <QEvent>

namespace dm {

ImportWizard::ImportWizard(CacheSession& session, QSettings& settings, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("importWizard"));
    m_job.session = &session;
    m_job.settings = &settings;
    m_job.options.mailDomain = session.settings().domain;
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(m_job, this));
    setPage(MappingPage, new ImportMappingPage(m_job, this));
    setPage(CheckPage, new ImportCheckPage(m_job, this));
    setPage(RunPage, new ImportRunPage(m_job, this));
    setPage(ResultPage, new ImportResultPage(m_job, this));
    setStartId(FilePage);
    resize(900, 620);
    retranslateUi();
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizard::changeEvent(event);
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import accounts"));
}

} // namespace dm
