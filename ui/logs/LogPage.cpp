#include "ui/logs/LogPage.h"

#include "core/Masking.h"
#include "sync/CacheSession.h"
#include "ui/TableLayoutMemory.h"
#include "ui/logs/KeysetTableModel.h"
#include "ui/logs/LogExportDialog.h"
#include "ui/logs/LogFilterBar.h"
#include "ui/logs/LogFreshnessBar.h"
#include "ui/logs/LogTimeRangeBar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dm {

namespace {

QAction* makeAction(QWidget* owner, const QString& name, const QKeySequence& key)
{
    auto* action = new QAction(owner);
    action->setObjectName(name);
    action->setShortcut(key);
    // The page's keys work wherever the focus is inside the page, and nowhere else.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

LogPage::LogPage(const QString& pageId, const QString& stream, QWidget* parent)
    : Page(pageId, QStringLiteral("logs"), parent)
    , m_heading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_noSession(new QLabel(m_stack))
    , m_content(new QWidget(m_stack))
    , m_freshness(new LogFreshnessBar(stream, m_content))
    , m_timeRange(new LogTimeRangeBar(m_content))
    , m_splitter(new QSplitter(Qt::Horizontal, m_content))
    , m_table(new QTableView(m_splitter))
    , m_detail(new LogDetailPane(m_splitter))
    , m_count(new QLabel(m_content))
    , m_message(new QLabel(m_content))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_noSession->setObjectName(QStringLiteral("logs.noSession"));
    m_noSession->setWordWrap(true);
    m_noSession->setAlignment(Qt::AlignCenter);
    m_count->setObjectName(QStringLiteral("logs.count"));
    m_message->setObjectName(QStringLiteral("logs.message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("logs.table"));
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
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_splitter->setObjectName(QStringLiteral("logs.splitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_detail->setMinimumWidth(260);
    m_layout = std::make_unique<TableLayoutMemory>(pageId, m_table->horizontalHeader(), m_splitter);

    m_refresh = makeAction(this, QStringLiteral("logs.refresh"), QKeySequence(Qt::Key_F5));
    m_find = makeAction(this, QStringLiteral("logs.find"), QKeySequence(Qt::CTRL | Qt::Key_F));
    // Ctrl+C copies rows where the rows are: in the filters and the details it copies their text as usual.
    m_copy = makeAction(m_table, QStringLiteral("logs.copy"), QKeySequence(QKeySequence::Copy));
    m_export = makeAction(this, QStringLiteral("logs.export"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportSelected = makeAction(this, QStringLiteral("logs.exportSelected"), QKeySequence());
    connect(m_refresh, &QAction::triggered, this, &LogPage::refresh);
    connect(m_copy, &QAction::triggered, this, &LogPage::copySelection);
    connect(m_export, &QAction::triggered, this, [this] { exportRows(false); });
    connect(m_exportSelected, &QAction::triggered, this, [this] { exportRows(true); });
    connect(m_table, &QTableView::doubleClicked, this, &LogPage::openRow);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(std::chrono::milliseconds(500));
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_model != nullptr) {
            m_model->refresh();
        }
    });
    connect(m_timeRange, &LogTimeRangeBar::rangeChanged, this, &LogPage::applyFilter);
    connect(m_table, &QTableView::customContextMenuRequested, this, &LogPage::showMenu);
}

LogPage::~LogPage()
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sessionConnections)) {
        disconnect(connection);
    }
}

void LogPage::setUp(KeysetTableModel* model, LogFilterBar* filters, const QList<QPair<int, int>>& columnWidths)
{
    m_model = model;
    m_filters = filters;
    m_table->setModel(model);
    for (const auto& [column, width] : columnWidths) {
        m_table->setColumnWidth(column, width);
    }
    auto* status = new QHBoxLayout;
    status->addWidget(m_count);
    status->addWidget(m_message, 1);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_freshness);
    contentLayout->addWidget(m_timeRange);
    contentLayout->addWidget(filters);
    contentLayout->addWidget(m_splitter, 1);
    contentLayout->addLayout(status);
    m_stack->addWidget(m_noSession);
    m_stack->addWidget(m_content);
    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("logs.exportButton"));
    exportButton->setDefaultAction(m_export);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(headingRow);
    layout->addWidget(m_stack, 1);

    connect(m_find, &QAction::triggered, filters, &LogFilterBar::focusFirstField);
    connect(filters, &LogFilterBar::filterChanged, this, &LogPage::applyFilter);
    connect(model, &KeysetTableModel::countingStarted, this, [this] {
        m_rows = -1;
        m_count->setText(tr("Counting…"));
    });
    connect(model, &KeysetTableModel::counted, this, [this](qint64 rows) {
        m_rows = rows;
        m_count->setText(countText(rows));
    });
    connect(model, &KeysetTableModel::loadFailed, this, [this](const QString& message) {
        m_message->setText(message);
        if (m_rows < 0) {
            m_count->clear(); // the count that was under way will not come
        }
    });
    connect(model, &KeysetTableModel::blockLoaded, this, &LogPage::updateDetail);
    connect(model, &QAbstractItemModel::modelReset, this, &LogPage::updateDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogPage::updateDetail);
    m_stack->setCurrentWidget(m_noSession);

    QHeaderView* header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &LogPage::showHeaderMenu);
    m_layout->restore(); // before the layout is saved on changes: restoring is no change worth writing back
    const auto save = [this] { m_layout->save(); };
    connect(header, &QHeaderView::sectionMoved, this, save);
    connect(header, &QHeaderView::sectionResized, this, save);
    connect(m_splitter, &QSplitter::splitterMoved, this, save);
}

void LogPage::setSettings(QSettings* settings)
{
    m_layout->setSettings(settings);
    m_layout->restore();
}

void LogPage::showHeaderMenu(const QPoint& position)
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("logs.columns"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The first column stays: without it a row says nothing (and it carries the abnormal-login icon).
        action->setEnabled(column != 0);
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            m_table->setColumnHidden(column, !on);
            m_layout->save();
        });
    }
    menu->popup(header->mapToGlobal(position));
}

void LogPage::setSession(CacheSession* session)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sessionConnections)) {
        disconnect(connection);
    }
    m_sessionConnections.clear();
    Page::setSession(session);
    m_stack->setCurrentWidget(session != nullptr ? m_content : m_noSession);
    m_export->setEnabled(session != nullptr);
    m_exportSelected->setEnabled(session != nullptr);
    m_message->clear();
    m_freshness->setSession(session);
    if (session != nullptr) {
        m_sessionConnections.append(
            connect(session, &CacheSession::cacheChanged, this, [this] { m_refreshTimer.start(); }));
    }
    applyFilter();
    m_model->setSession(session);
}

void LogPage::refresh()
{
    m_message->clear();
    // A preset counts from now ("today" is a new day after midnight): it lists again. A fixed range keeps the rows on
    // screen while they are read again.
    const auto preset = m_timeRange->preset();
    if (preset == LogTimeRangeBar::AllCached || preset == LogTimeRangeBar::Custom) {
        m_model->refresh();
    } else {
        applyFilter();
    }
    m_freshness->reload();
    m_freshness->startSync();
}

void LogPage::updateDetail()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_detail->showNothing(int(rows.size()));
        return;
    }
    const auto detail = detailOf(rows.constFirst().row());
    if (!detail) {
        m_detail->showFields(tr("Loading…"), {});
        return;
    }
    m_detail->showFields(detail->first, detail->second);
}

void LogPage::showMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("logs.menu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* copyValue = menu->addAction(tr("Copy value"));
    copyValue->setEnabled(index.isValid() && m_model->isLoaded(index.row()));
    connect(copyValue, &QAction::triggered, this,
            [index] { QApplication::clipboard()->setText(index.data(Qt::DisplayRole).toString()); });
    menu->addAction(m_copy);
    menu->addSeparator();
    const auto filterValue = index.isValid() ? filterValueOf(index.row(), index.column()) : std::nullopt;
    QAction* filterBy = menu->addAction(tr("Filter by this value"));
    filterBy->setObjectName(QStringLiteral("logs.filterByValue"));
    filterBy->setEnabled(filterValue.has_value());
    connect(filterBy, &QAction::triggered, this, [this, index] { filterByCell(index); });
    QAction* clear = menu->addAction(tr("Clear filters"));
    connect(clear, &QAction::triggered, m_filters, &LogFilterBar::clearFields);
    menu->addSeparator();
    const auto account = index.isValid() ? accountOf(index.row()) : std::nullopt;
    QAction* timeline = menu->addAction(tr("Open the account's timeline"));
    timeline->setObjectName(QStringLiteral("logs.openTimeline"));
    timeline->setEnabled(account.has_value());
    connect(timeline, &QAction::triggered, this,
            [this, account] { Q_EMIT timelineRequested(account.value_or(QString())); });
    if (index.isValid() && hasDocument(index.row())) {
        QAction* document = menu->addAction(tr("Show who received this document"));
        document->setObjectName(QStringLiteral("logs.openDocument"));
        const auto id = rowId(index.row());
        document->setEnabled(id.has_value());
        connect(document, &QAction::triggered, this, [this, id] { Q_EMIT documentRequested(id.value_or(0)); });
    }
    addProofAction(*menu);
    menu->addSeparator();
    m_exportSelected->setEnabled(session() != nullptr && m_table->selectionModel()->hasSelection());
    menu->addAction(m_export);
    menu->addAction(m_exportSelected);
    menu->addSeparator();
    menu->addAction(m_refresh);
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

std::optional<QPair<QString, QVariant>> LogPage::filterUnlessMasked(const QString& field, const QString& value)
{
    if (maskNumbersInName(value) != value) {
        return std::nullopt;
    }
    return QPair<QString, QVariant>{field, value};
}

void LogPage::addProofAction(QMenu& menu)
{
    ProofTargets targets;
    bool every = true;
    for (const QModelIndex& selected : m_table->selectionModel()->selectedRows()) {
        if (const auto target = proofTargetOf(selected.row())) {
            targets.append(*target);
        } else {
            every = false;
        }
    }
    if (targets.isEmpty() && !every) {
        return; // a log without documents
    }
    QAction* proof = menu.addAction(tr("Make proof-of-delivery pack(s)…"));
    proof->setObjectName(QStringLiteral("logs.makeProofPack"));
    proof->setEnabled(!targets.isEmpty() && every && session() != nullptr);
    connect(proof, &QAction::triggered, this, [this, targets] { Q_EMIT proofPacksRequested(targets); });
}

void LogPage::openRow(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    // A document leads to everyone it went to; any other row to the account it is about.
    if (hasDocument(index.row())) {
        if (const auto id = rowId(index.row())) {
            Q_EMIT documentRequested(*id);
        }
    } else if (const auto account = accountOf(index.row())) {
        Q_EMIT timelineRequested(*account);
    }
}

void LogPage::exportRows(bool selectedOnly)
{
    if (session() == nullptr) {
        return;
    }
    LogExportRequest request;
    request.query = exportQuery();
    if (selectedOnly) {
        QModelIndexList rows = m_table->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end());
        QList<qint64> ids;
        for (const QModelIndex& row : std::as_const(rows)) {
            if (const auto id = rowId(row.row())) {
                ids.append(*id);
            }
        }
        if (ids.size() < rows.size()) {
            // Rows scrolled past but never shown have no id yet: say so rather than export fewer than selected.
            m_message->setText(tr("Some selected rows are not loaded yet. Scroll through them, or export the whole "
                                  "list."));
            return;
        }
        request.query.selection = ids;
    }
    request.court = session()->settings().domain;
    request.profile = m_profileName;
    startLogExport(this, session(), request);
}

void LogPage::filterByCell(const QModelIndex& index)
{
    const auto value = filterValueOf(index.row(), index.column());
    if (value && !m_filters->setFieldValue(value->first, value->second)) {
        m_message->setText(tr("This value cannot filter the log."));
    }
}

void LogPage::copySelection()
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    const QHeaderView* header = m_table->horizontalHeader();
    for (const QModelIndex& row : std::as_const(rows)) {
        if (!m_model->isLoaded(row.row())) {
            continue;
        }
        QStringList cells;
        // In the order the columns are shown, without the hidden ones.
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (!header->isSectionHidden(column)) {
                cells.append(m_model->index(row.row(), column).data().toString());
            }
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    if (!lines.isEmpty()) {
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    }
}

void LogPage::retranslateUi()
{
    m_heading->setText(heading());
    setAccessibleName(heading());
    setAccessibleDescription(tr("%1 from the local cache: the filters above the table, the selected row's details "
                                "beside it.")
                                 .arg(heading()));
    m_table->setAccessibleName(heading());
    m_noSession->setText(tr("No profile is open. Open or create a connection profile (File menu) to see its logs."));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Re-read the cache and fetch new rows from the platform (F5)"));
    m_find->setText(tr("Find"));
    m_copy->setText(tr("Copy rows"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Export the listed rows to Excel, CSV or PDF (Ctrl+E)"));
    m_exportSelected->setText(tr("Export selected rows…"));
    m_count->setText(m_rows < 0 ? tr("Counting…") : countText(m_rows));
    if (m_model != nullptr) {
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
        updateDetail(); // the selected row's field names
    }
}

} // namespace dm
