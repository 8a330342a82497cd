#include "ui/accounts/AccountsView.h"

#include "store/UnitRepository.h"
#include "sync/CacheSession.h"
#include "ui/TableLayoutMemory.h"
#include "ui/accounts/AccountDetailPane.h"
#include "ui/accounts/AccountFilterBar.h"
#include "ui/accounts/AccountTableModel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace dm {

namespace {

QAction* makeAction(QWidget* owner, const QString& name, const QKeySequence& key = {})
{
    auto* action = new QAction(owner);
    action->setObjectName(name);
    if (!key.isEmpty()) {
        action->setShortcut(key);
        // The page's keys work wherever the focus is inside the page, and nowhere else.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    owner->addAction(action);
    return action;
}

} // namespace

AccountsView::AccountsView(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_noSession(new QLabel(m_stack))
    , m_content(new QWidget(m_stack))
    , m_toolbar(new QToolBar(m_content))
    , m_filters(new AccountFilterBar(m_content))
    , m_splitter(new QSplitter(Qt::Horizontal, m_content))
    , m_table(new QTableView(m_splitter))
    , m_model(new AccountTableModel(this))
    , m_detail(new AccountDetailPane(m_splitter))
    , m_count(new QLabel(m_content))
    , m_message(new QLabel(m_content))
{
    m_noSession->setObjectName(QStringLiteral("accounts.noSession"));
    m_noSession->setWordWrap(true);
    m_noSession->setAlignment(Qt::AlignCenter);
    m_toolbar->setObjectName(QStringLiteral("accounts.toolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filters->setObjectName(QStringLiteral("accounts.filters"));
    m_splitter->setObjectName(QStringLiteral("accounts.splitter"));
    m_count->setObjectName(QStringLiteral("accounts.count"));
    m_message->setObjectName(QStringLiteral("accounts.message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long message wraps instead of widening the window.
    m_message->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("accounts.table"));
    m_layout =
        std::make_unique<TableLayoutMemory>(QStringLiteral("accountsPage"), m_table->horizontalHeader(), m_splitter);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Fixed row height: the view never measures rows, so a million of them cost what a hundred do.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AccountTableModel::CreatedColumn, Qt::AscendingOrder);
    m_table->setColumnHidden(AccountTableModel::UpdatedColumn, true);
    fitFirstColumnWidths();
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_detail->setMinimumWidth(340); // a masked ID number with its reveal button fits without scrolling

    auto* status = new QHBoxLayout;
    status->addWidget(m_count);
    status->addWidget(m_message, 1);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_toolbar);
    // The filters sit in one row; a narrow window scrolls them sideways rather than growing to fit them all.
    auto* filterScroll = new QScrollArea(m_content);
    filterScroll->setObjectName(QStringLiteral("accounts.filterScroll"));
    filterScroll->setFrameShape(QFrame::NoFrame);
    filterScroll->setWidgetResizable(true);
    filterScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    filterScroll->setWidget(m_filters);
    const auto fitHeight = [this, filterScroll](int minimum, int maximum) {
        const int bar = maximum > minimum ? filterScroll->horizontalScrollBar()->sizeHint().height() : 0;
        filterScroll->setFixedHeight(m_filters->sizeHint().height() + bar);
    };
    connect(filterScroll->horizontalScrollBar(), &QScrollBar::rangeChanged, this, fitHeight);
    fitHeight(0, 0);
    contentLayout->addWidget(filterScroll);
    contentLayout->addWidget(m_splitter, 1);
    contentLayout->addLayout(status);
    m_stack->addWidget(m_noSession);
    m_stack->addWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);

    m_refresh = makeAction(this, QStringLiteral("accounts.refresh"), QKeySequence(Qt::Key_F5));
    m_find = makeAction(this, QStringLiteral("accounts.find"), QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_refresh, &QAction::triggered, this, &AccountsView::refresh);
    connect(m_find, &QAction::triggered, m_filters, &AccountFilterBar::focusSearch);
    m_policy = makeAction(this, QStringLiteral("accounts.policy"));
    connect(m_policy, &QAction::triggered, this, [this] {
        const QStringList selected = selectedAccountNames();
        if (selected.size() > 1) {
            Q_EMIT bulkPolicyRequested(selected);
        } else if (const auto row = currentRow()) {
            Q_EMIT policyRequested(row->account.accountName);
        }
    });
    m_timeline = makeAction(this, QStringLiteral("accounts.timeline"));
    connect(m_timeline, &QAction::triggered, this, [this] {
        if (const auto row = currentRow()) {
            Q_EMIT timelineRequested(row->account.accountName);
        }
    });

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(std::chrono::milliseconds(300));
    connect(&m_refreshTimer, &QTimer::timeout, m_model, &AccountTableModel::refresh);
    connect(m_filters, &AccountFilterBar::queryChanged, this, &AccountsView::onQueryChanged);
    connect(m_model, &AccountTableModel::countingStarted, this, [this] { m_count->setText(tr("Counting…")); });
    connect(m_model, &AccountTableModel::counted, this, &AccountsView::onCounted);
    connect(m_model, &AccountTableModel::blockLoaded, this, &AccountsView::updateDetail);
    connect(m_model, &AccountTableModel::loadFailed, this, [this](const QString& message) {
        setMessage(message);
        if (m_count->text() == tr("Counting…")) {
            m_count->clear(); // the count that was under way will not come
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsView::updateDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccountsView::updateDetail);
    connect(m_table, &QTableView::customContextMenuRequested, this, &AccountsView::showTableMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_edit != nullptr) {
            editAccount();
        }
    });
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &AccountsView::showHeaderMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        // A column the cache cannot sort by keeps the indicator on the column that is sorted.
        if (!AccountTableModel::sortColumn(column)) {
            const AccountSort& sort = m_model->accountSort();
            m_table->horizontalHeader()->setSortIndicator(AccountTableModel::viewColumn(sort.column),
                                                          sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    });
    restoreLayout(); // before the layout is saved on changes: restoring is no change worth writing back
    const auto save = [this] { m_layout->save(); };
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this, save);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, save);
    connect(m_splitter, &QSplitter::splitterMoved, this, save);
    connect(m_detail, &AccountDetailPane::revealFailed, this, &AccountsView::setMessage);
    retranslateUi();
    setSession(nullptr);
}

AccountsView::~AccountsView()
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sessionConnections)) {
        disconnect(connection);
    }
    // Before the settings it may borrow (m_layout's default settings) go.
    closeImportWizard();
}

CacheSession* AccountsView::session() const
{
    return m_session.data();
}

void AccountsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AccountsView::setSession(CacheSession* session)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sessionConnections)) {
        disconnect(connection);
    }
    m_sessionConnections.clear();
    closeImportWizard();
    m_session = session;
    clearMutatingActions();
    m_stack->setCurrentWidget(session != nullptr ? m_content : m_noSession);
    m_detail->setSession(session);
    // The unit names go ahead of the first page (the worker runs jobs in order, and the units are a short list): the
    // first rows show units by name at once, instead of by id until the names come after the count.
    loadUnits();
    m_model->setQuery(m_filters->query());
    m_model->setSession(session);
    if (session == nullptr) {
        updateActions();
        return;
    }
    if (!session->readOnly()) {
        buildActions();
    }
    m_sessionConnections.append(connect(session, &CacheSession::cacheChanged, this, [this] {
        m_refreshTimer.start();
        loadUnits();
    }));
    m_sessionConnections.append(
        connect(session, &CacheSession::outboxItemFinished, this, [this](const OutboxResult& result) {
            m_refreshTimer.start();
            if (result.state == OutboxState::Failed) {
                setMessage(tr("%1: the change failed: %2").arg(result.target, result.errorMessage));
            } else {
                setMessage(tr("%1: the platform confirmed the change.").arg(result.target));
            }
        }));
    retranslateUi();
    updateActions();
}

int AccountsView::preferredWidth() const
{
    const int table = m_table->horizontalHeader()->length() + m_table->verticalScrollBar()->sizeHint().width() +
                      2 * m_table->frameWidth();
    return table + m_splitter->handleWidth() + m_detail->minimumWidth();
}

void AccountsView::fitFirstColumnWidths()
{
    // The first widths (the user's own are remembered) hold a typical value and the header with its sort arrow, and no
    // more: every column and the detail pane then fit side by side on a 1600 px court desktop.
    using Column = AccountTableModel::Column;
    const std::array<std::pair<Column, QString>, 10> typical{{
        {Column::AccountNameColumn, QStringLiteral("zhang.san.01")},
        {Column::NameColumn, QStringLiteral("欧阳明")},
        {Column::JobNumberColumn, QStringLiteral("(2026)粤0104民初1234号")},
        {Column::UnitColumn, QStringLiteral("民一庭审判组")},
        {Column::StatusColumn, QStringLiteral("已启用")},
        {Column::ActivationColumn, QStringLiteral("已发送短信")},
        {Column::IdNumberColumn, QStringLiteral("110105********002X")},
        {Column::MobileColumn, QStringLiteral("138****8000")},
        {Column::CreatedColumn, QStringLiteral("2026-06-01 12:00")},
        {Column::ChangeColumn, QStringLiteral("待提交")},
    }};
    const QFontMetrics metrics(m_table->font());
    const int padding = metrics.averageCharWidth() + 4; // the cell's margins
    const int sortArrow = m_table->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + padding;
    for (const auto& [column, sample] : typical) {
        const QString header = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        m_table->setColumnWidth(column, std::max(metrics.horizontalAdvance(sample) + padding,
                                                 metrics.horizontalAdvance(header) + sortArrow));
    }
}

void AccountsView::buildActions()
{
    m_create = makeAction(this, QStringLiteral("accounts.create"), QKeySequence(Qt::Key_Insert));
    m_edit = makeAction(this, QStringLiteral("accounts.edit"), QKeySequence(Qt::Key_F2));
    m_delete = makeAction(this, QStringLiteral("accounts.delete"), QKeySequence(QKeySequence::Delete));
    m_enable = makeAction(this, QStringLiteral("accounts.enable"));
    m_disable = makeAction(this, QStringLiteral("accounts.disable"));
    m_resetPassword = makeAction(this, QStringLiteral("accounts.resetPassword"));
    m_resend = makeAction(this, QStringLiteral("accounts.resendActivation"));
    m_move = makeAction(this, QStringLiteral("accounts.moveUnit"));
    m_setBasis = makeAction(this, QStringLiteral("accounts.setAddressBasis"));
    m_import = makeAction(this, QStringLiteral("accounts.import"), QKeySequence(Qt::CTRL | Qt::Key_I));
    // Ctrl+N is the new-item key users know from every other program; Insert stays for those used to the old console.
    m_create->setShortcuts({QKeySequence(QKeySequence::New), QKeySequence(Qt::Key_Insert)});
    connect(m_create, &QAction::triggered, this, &AccountsView::createAccount);
    connect(m_edit, &QAction::triggered, this, &AccountsView::editAccount);
    connect(m_delete, &QAction::triggered, this, &AccountsView::deleteAccounts);
    connect(m_enable, &QAction::triggered, this, [this] { setStatus(true); });
    connect(m_disable, &QAction::triggered, this, [this] { setStatus(false); });
    connect(m_resetPassword, &QAction::triggered, this, &AccountsView::resetPassword);
    connect(m_resend, &QAction::triggered, this, &AccountsView::resendActivation);
    connect(m_move, &QAction::triggered, this, &AccountsView::moveUnit);
    connect(m_setBasis, &QAction::triggered, this, &AccountsView::setAddressBasis);
    connect(m_import, &QAction::triggered, this, &AccountsView::importAccounts);
    m_toolbar->clear();
    m_toolbar->addAction(m_create);
    m_toolbar->addAction(m_edit);
    m_toolbar->addAction(m_delete);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_enable);
    m_toolbar->addAction(m_disable);
    m_toolbar->addAction(m_resetPassword);
    m_toolbar->addAction(m_resend);
    m_toolbar->addAction(m_move);
    m_toolbar->addAction(m_setBasis);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_import);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_refresh);
}

void AccountsView::clearMutatingActions()
{
    for (QAction** action : {&m_create, &m_edit, &m_delete, &m_enable, &m_disable, &m_resetPassword, &m_resend, &m_move,
                             &m_setBasis, &m_import}) {
        delete *action; // removes it from the page and the toolbar
        *action = nullptr;
    }
    m_toolbar->clear();
    m_toolbar->addAction(m_refresh);
}

void AccountsView::setCapabilities(const Capabilities& capabilities)
{
    m_capabilities = capabilities;
    updateActions();
}

void AccountsView::updateActions()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    const bool one = selected == 1 && currentRow().has_value();
    m_policy->setEnabled(one || selected > 1);
    m_timeline->setEnabled(one);
    for (QAction* action : {m_delete, m_move}) {
        if (action != nullptr) {
            action->setEnabled(selected > 0);
        }
    }
    const QString noExtension = m_capabilities.whyUnavailable(ApiFamily::DeliveryAccounts);
    for (QAction* action : {m_enable, m_disable, m_resetPassword, m_resend}) {
        if (action != nullptr) {
            action->setEnabled(selected > 0 && noExtension.isEmpty());
            action->setToolTip(noExtension.isEmpty() ? action->text() : noExtension);
        }
    }
    if (m_edit != nullptr) {
        m_edit->setEnabled(one);
    }
    if (m_setBasis != nullptr) {
        // One account at a time (each has its own confirmation), through the delivery extension.
        m_setBasis->setEnabled(one && noExtension.isEmpty());
        m_setBasis->setToolTip(noExtension.isEmpty() ? tr("Record where the court got the selected recipient's "
                                                          "address")
                                                     : noExtension);
    }
    m_refresh->setEnabled(session() != nullptr);
}

std::optional<AccountRow> AccountsView::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        return std::nullopt;
    }
    return m_model->rowAt(rows.constFirst().row());
}

QStringList AccountsView::selectedAccountNames() const
{
    QStringList names;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        const QVariant name = m_model->data(index, AccountTableModel::AccountNameRole);
        if (name.isValid()) {
            names.append(name.toString());
        }
    }
    return names;
}

void AccountsView::updateDetail()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_detail->showAccount(std::nullopt, std::nullopt, int(rows.size()));
        return;
    }
    const QModelIndex index = rows.constFirst();
    const auto row = m_model->rowAt(index.row());
    const QVariant state = m_model->data(index, AccountTableModel::OutboxStateRole);
    m_detail->showAccount(row, state.isValid() ? std::optional<OutboxState>(OutboxState(state.toInt())) : std::nullopt,
                          1);
    updateActions();
}

void AccountsView::loadUnits()
{
    if (session() == nullptr) {
        return;
    }
    session()->query<Expected<QList<Unit>, DbError>>([](Db& db) { return UnitRepository(db).list(); }, this,
                                                     [this](Expected<QList<Unit>, DbError> units) {
                                                         if (!units) {
                                                             setMessage(units.error().message());
                                                             return;
                                                         }
                                                         QHash<QString, QString> names;
                                                         for (const Unit& unit : std::as_const(*units)) {
                                                             names.insert(unit.unitId, unit.name);
                                                         }
                                                         m_model->setUnitNames(names);
                                                         m_detail->setUnitNames(names);
                                                         m_filters->setUnits(*units);
                                                     });
}

void AccountsView::onQueryChanged(const AccountQuery& query)
{
    m_model->setQuery(query);
}

void AccountsView::onCounted(qint64 rows)
{
    m_count->setText(tr("%n account(s)", nullptr, int(rows)));
}

void AccountsView::setMessage(const QString& text)
{
    m_message->setText(text);
}

void AccountsView::showTableMenu(const QPoint& position)
{
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction* action : {m_create, m_edit, m_delete}) {
        if (action != nullptr) {
            menu->addAction(action);
        }
    }
    if (m_enable != nullptr) {
        menu->addSeparator();
        for (QAction* action : {m_enable, m_disable, m_resetPassword, m_resend, m_move, m_setBasis}) {
            menu->addAction(action);
        }
        menu->addSeparator();
        menu->addAction(m_import);
        menu->addSeparator();
    }
    menu->addAction(m_policy);
    menu->addAction(m_timeline);
    menu->addAction(m_refresh);
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void AccountsView::showHeaderMenu(const QPoint& position)
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("accounts.columns"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < AccountTableModel::ColumnCount; ++column) {
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The account column stays: without it a row says nothing.
        action->setEnabled(column != AccountTableModel::AccountNameColumn);
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            m_table->setColumnHidden(column, !on);
            m_layout->save();
        });
    }
    menu->popup(header->mapToGlobal(position));
}

void AccountsView::setSettings(QSettings* settings)
{
    m_layout->setSettings(settings);
    restoreLayout();
}

QSettings& AccountsView::settings()
{
    return m_layout->settings();
}

void AccountsView::restoreLayout()
{
    m_layout->restore();
    // The header remembers its sort indicator; the model follows it.
    QHeaderView* header = m_table->horizontalHeader();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void AccountsView::refresh()
{
    m_model->refresh();
    loadUnits();
    if (session() != nullptr && !session()->isSyncing()) {
        session()->startSync({QStringLiteral("accounts")});
    }
}

void AccountsView::retranslateUi()
{
    m_noSession->setText(tr("No profile is open. Open or create a connection profile (File menu) to see its "
                            "accounts."));
    m_toolbar->setWindowTitle(tr("Account actions"));
    m_table->setAccessibleName(tr("Accounts"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Re-read the cache and fetch changes from the platform (F5)"));
    m_find->setText(tr("Find"));
    m_policy->setText(tr("Delivery policy…"));
    m_policy->setToolTip(tr("The selected account's delivery policy, with where each value comes from"));
    m_timeline->setText(tr("Timeline"));
    m_timeline->setToolTip(tr("Everything about the selected account merged by time: activation, logins, mails, "
                              "operations and policy changes"));
    const auto label = [](QAction* action, const QString& text, const QString& tip = {}) {
        if (action != nullptr) {
            action->setText(text);
            action->setToolTip(tip.isEmpty() ? text : tip);
        }
    };
    label(m_create, tr("New…"), tr("Create an account (Ins)"));
    label(m_edit, tr("Edit…"), tr("Edit the selected account (F2)"));
    label(m_delete, tr("Delete…"), tr("Delete the selected accounts (Del)"));
    label(m_enable, tr("Enable"));
    label(m_disable, tr("Disable"));
    label(m_resetPassword, tr("Reset password…"));
    label(m_resend, tr("Resend activation SMS"));
    label(m_move, tr("Move to unit…"));
    label(m_setBasis, tr("Set address basis…"));
    label(m_import, tr("Import…"), tr("Create accounts from a CSV or Excel file"));
    if (m_model->isCounting()) {
        m_count->setText(tr("Counting…"));
    } else {
        onCounted(m_model->rowCount());
    }
    updateActions(); // the reason an action is unavailable is in the new language too
}

} // namespace dm
