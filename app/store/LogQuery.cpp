#include "store/LogQuery.h"

#include "store/TextSearch.h"

#include <algorithm>

namespace dm::logsql {
namespace {

constexpr int kMaxPageRows = 10000;

// The flags some partial indexes are made of (LogSchema.cpp) appear as literals; they must be the stored codes.
static_assert(static_cast<int>(LogResult::Failure) == 1 && static_cast<int>(MailDirection::Out) == 1);

// Collects " AND ..." conditions and their values; the numbered parameters follow the order of add().
class Builder
{
public:
    void add(std::string_view condition, std::variant<qint64, QString> value)
    {
        m_where += " AND ";
        m_where += condition;
        m_values.push_back(std::move(value));
    }
    void add(std::string_view condition, std::variant<qint64, QString> first, std::variant<qint64, QString> second)
    {
        m_where += " AND ";
        m_where += condition;
        m_values.push_back(std::move(first));
        m_values.push_back(std::move(second));
    }
    void addBare(std::string_view condition)
    {
        m_where += " AND ";
        m_where += condition;
    }
    void range(const LogTimeRange& range, std::string_view column)
    {
        const std::string name(column);
        if (range.fromMs) {
            add(name + " >= ?", *range.fromMs);
        }
        if (range.toMs) {
            add(name + " < ?", *range.toMs);
        }
    }

    // SELECT <select> FROM <from> WHERE 1<conditions>[ <tail>]
    [[nodiscard]] LogSql finish(std::string_view select, std::string_view from, std::string_view tail = {},
                                std::vector<std::variant<qint64, QString>> tailValues = {}) &&
    {
        LogSql sql;
        sql.text = "SELECT ";
        sql.text += select;
        sql.text += " FROM ";
        sql.text += from;
        sql.text += " WHERE 1";
        sql.text += m_where;
        if (!tail.empty()) {
            sql.text += ' ';
            sql.text += tail;
        }
        sql.values = std::move(m_values);
        for (auto& value : tailValues) {
            sql.values.push_back(std::move(value));
        }
        return sql;
    }

private:
    std::string m_where;
    std::vector<std::variant<qint64, QString>> m_values;
};

// A prefix range [prefix, prefix with its last character raised by one): the index on the column answers it, and
// (unlike LIKE) it means the same under the column's NOCASE collation for every character an address holds.
QString prefixEnd(const QString& prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
    return end;
}

qint64 pageLimit(const LogPageRequest& page)
{
    return std::clamp(page.limit, 1, kMaxPageRows);
}

// Keyset continuation and order over (time, id) of `alias`.
void keyset(Builder& builder, const LogPageRequest& page, const std::string& prefix)
{
    if (page.after) {
        const char* comparison = page.order == LogOrder::NewestFirst ? ") < (?, ?)" : ") > (?, ?)";
        builder.add("(" + prefix + "time, " + prefix + "id" + comparison, page.after->time, page.after->id);
    }
}

std::string orderTail(const LogPageRequest& page, const std::string& prefix)
{
    const char* direction = page.order == LogOrder::NewestFirst ? " DESC" : "";
    return "ORDER BY " + prefix + "time" + direction + ", " + prefix + "id" + direction + " LIMIT ?";
}

// What a listing statement selects and how it ends: a page of rows (LIMIT ?), or the (time, id) of the row at a
// position (LIMIT 1 OFFSET ?) with the same conditions and order.
struct Shape
{
    std::optional<qint64> position;

    [[nodiscard]] std::string_view select(std::string_view columns, std::string_view key) const
    {
        return position ? key : columns;
    }
    [[nodiscard]] std::string tail(std::string order) const
    {
        // orderTail() ends in "LIMIT ?"; a position reads one row after skipping the ones before it.
        if (position) {
            order.replace(order.size() - 1, 1, "1 OFFSET ?");
        }
        return order;
    }
    [[nodiscard]] std::vector<std::variant<qint64, QString>> tailValues(const LogPageRequest& page) const
    {
        return {position ? *position : pageLimit(page)};
    }
};

LogPageRequest positionRequest(const LogTimeRange& range, LogOrder order)
{
    LogPageRequest page;
    page.range = range;
    page.order = order;
    return page;
}

void operationFilters(Builder& builder, const OperationLogFilter& filter)
{
    if (!filter.operatorAddress.trimmed().isEmpty()) {
        builder.add("operator = ?", filter.operatorAddress.trimmed());
    }
    if (!filter.action.trimmed().isEmpty()) {
        builder.add("action = ?", filter.action.trimmed());
    }
    if (filter.result) {
        builder.add("result = ?", code(*filter.result));
    }
    if (!filter.target.trimmed().isEmpty()) {
        builder.add("instr(lower(target), lower(?)) > 0", filter.target.trimmed());
    }
}

void loginFilters(Builder& builder, const LoginLogFilter& filter)
{
    if (!filter.accountName.trimmed().isEmpty()) {
        builder.add("account_name = ?", filter.accountName.trimmed());
    }
    if (filter.method) {
        builder.add("method = ?", code(*filter.method));
    }
    if (filter.result) {
        builder.addBare(*filter.result == LogResult::Failure ? "result = 1" : "result = 0");
    }
    if (filter.abnormal) {
        builder.addBare(*filter.abnormal ? "abnormal = 1" : "abnormal = 0");
    }
    if (!filter.province.trimmed().isEmpty()) {
        builder.add("province = ?", filter.province.trimmed());
    }
    const QString prefix = filter.ipPrefix.trimmed().toLower();
    if (!prefix.isEmpty()) {
        builder.add("ip >= ? AND ip < ?", prefix, prefixEnd(prefix));
    }
}

// The mail filters other than the subject, on the columns of alias m.
void mailFilters(Builder& builder, const MailLogFilter& filter)
{
    if (filter.direction) {
        builder.addBare(*filter.direction == MailDirection::Out ? "m.direction = 1" : "m.direction = 0");
    }
    if (filter.status) {
        builder.add("m.status = ?", code(*filter.status));
    }
    if (!filter.sender.trimmed().isEmpty()) {
        builder.add("m.sender = ?", filter.sender.trimmed());
    }
    if (!filter.recipient.trimmed().isEmpty()) {
        builder.add("m.recipient = ?", filter.recipient.trimmed());
    }
    if (filter.read) {
        builder.addBare(*filter.read ? "m.read_at IS NOT NULL" : "m.read_at IS NULL");
    }
}

// How a subject filter is answered. The trigram index finds a phrase of three code points or more among a million
// subjects at once; shorter text cannot be a trigram and is a substring test on the rows the other conditions
// reach. With a sender or recipient the rows are few already, so the substring test on them beats the index too.
struct SubjectPlan
{
    std::optional<QString> match; // FTS5 MATCH argument
    QString substring;            // instr() argument: alone, or checking what a match of a few trigrams found
};

SubjectPlan planSubject(const MailLogFilter& filter, const SubjectIndexUse& index)
{
    SubjectPlan plan;
    const QString text = filter.subject.trimmed();
    if (text.isEmpty()) {
        return plan;
    }
    const bool fewRows = !filter.sender.trimmed().isEmpty() || !filter.recipient.trimmed().isEmpty();
    if (fewRows || index.kind == SubjectIndexUse::Kind::Unavailable) {
        plan.substring = text;
    } else if (index.kind == SubjectIndexUse::Kind::Terms) {
        plan.match = index.terms;
        plan.substring = text;
    } else {
        plan.match = ftsPhrase(text);
        if (!plan.match) {
            plan.substring = text;
        }
    }
    return plan;
}

constexpr std::string_view kMailColumns = "m.id, m.time, m.direction, m.message_id, m.subject, m.sender, m.recipient, "
                                          "m.status, m.read_at, m.read_client, m.updated_at";
// The trigram index first, each of its rows joined to its mail (CROSS JOIN keeps that order).
constexpr std::string_view kMailFromFts = "mail_subject_fts CROSS JOIN mail_log m ON m.id = mail_subject_fts.rowid";

// The page and position statements of each log: the same conditions and order, different columns and ends.
LogSql operationListing(const OperationLogFilter& filter, const LogPageRequest& page, const Shape& shape)
{
    Builder builder;
    builder.range(page.range, "time");
    operationFilters(builder, filter);
    keyset(builder, page, {});
    return std::move(builder).finish(shape.select("id, time, operator, action, target, result, remark, ip", "time, id"),
                                     "operation_log", shape.tail(orderTail(page, {})), shape.tailValues(page));
}

LogSql loginListing(const LoginLogFilter& filter, const LogPageRequest& page, const Shape& shape)
{
    Builder builder;
    builder.range(page.range, "time");
    loginFilters(builder, filter);
    keyset(builder, page, {});
    return std::move(builder).finish(
        shape.select("id, time, account_name, method, ip, province, city, result, abnormal, fail_reason", "time, id"),
        "login_log", shape.tail(orderTail(page, {})), shape.tailValues(page));
}

LogSql mailListing(const MailLogFilter& filter, const LogPageRequest& page, const SubjectIndexUse& index,
                   const Shape& shape)
{
    Builder builder;
    const SubjectPlan subject = planSubject(filter, index);
    const std::string_view select = shape.select(kMailColumns, "m.time, m.id");
    if (subject.match) {
        // The index yields rows in id order. The contract makes ids grow with time in each log (§13, §15 guarantee
        // 2), so that is (time, id) order; paging on the id alone also keeps the pages exact if it ever were not.
        builder.add("mail_subject_fts MATCH ?", *subject.match);
        builder.range(page.range, "m.time");
        mailFilters(builder, filter);
        if (!subject.substring.isEmpty()) {
            builder.add("instr(lower(m.subject), lower(?)) > 0", subject.substring);
        }
        const bool newest = page.order == LogOrder::NewestFirst;
        if (page.after) {
            builder.add(newest ? "mail_subject_fts.rowid < ?" : "mail_subject_fts.rowid > ?", page.after->id);
        }
        return std::move(builder).finish(select, kMailFromFts,
                                         shape.tail(newest ? "ORDER BY mail_subject_fts.rowid DESC LIMIT ?"
                                                           : "ORDER BY mail_subject_fts.rowid LIMIT ?"),
                                         shape.tailValues(page));
    }
    builder.range(page.range, "m.time");
    mailFilters(builder, filter);
    if (!subject.substring.isEmpty()) {
        builder.add("instr(lower(m.subject), lower(?)) > 0", subject.substring);
    }
    keyset(builder, page, "m.");
    return std::move(builder).finish(select, "mail_log m", shape.tail(orderTail(page, "m.")), shape.tailValues(page));
}

} // namespace

LogSql operationPage(const OperationLogFilter& filter, const LogPageRequest& page)
{
    return operationListing(filter, page, {});
}

LogSql loginPage(const LoginLogFilter& filter, const LogPageRequest& page)
{
    return loginListing(filter, page, {});
}

LogSql mailPage(const MailLogFilter& filter, const LogPageRequest& page, const SubjectIndexUse& index)
{
    return mailListing(filter, page, index, {});
}

LogSql operationPosition(const OperationLogFilter& filter, const LogTimeRange& range, LogOrder order, qint64 position)
{
    return operationListing(filter, positionRequest(range, order), {position});
}

LogSql loginPosition(const LoginLogFilter& filter, const LogTimeRange& range, LogOrder order, qint64 position)
{
    return loginListing(filter, positionRequest(range, order), {position});
}

LogSql mailPosition(const MailLogFilter& filter, const LogTimeRange& range, LogOrder order, qint64 position,
                    const SubjectIndexUse& index)
{
    return mailListing(filter, positionRequest(range, order), index, {position});
}

LogSql operationCount(const OperationLogFilter& filter, const LogTimeRange& range)
{
    Builder builder;
    builder.range(range, "time");
    operationFilters(builder, filter);
    return std::move(builder).finish("count(*)", "operation_log");
}

LogSql loginCount(const LoginLogFilter& filter, const LogTimeRange& range)
{
    Builder builder;
    builder.range(range, "time");
    loginFilters(builder, filter);
    return std::move(builder).finish("count(*)", "login_log");
}

LogSql mailCount(const MailLogFilter& filter, const LogTimeRange& range, MailTimeKey key, const SubjectIndexUse& index)
{
    Builder builder;
    const SubjectPlan subject = planSubject(filter, index);
    const std::string_view column = key == MailTimeKey::Time ? "m.time" : "m.updated_at";
    if (subject.match) {
        builder.add("mail_subject_fts MATCH ?", *subject.match);
    }
    builder.range(range, column);
    mailFilters(builder, filter);
    if (!subject.substring.isEmpty()) {
        builder.add("instr(lower(m.subject), lower(?)) > 0", subject.substring);
    }
    return std::move(builder).finish("count(*)", subject.match ? kMailFromFts : "mail_log m");
}

bool usesSubjectIndex(const MailLogFilter& filter)
{
    return planSubject(filter, {}).match.has_value();
}

QStringList subjectTrigrams(const MailLogFilter& filter)
{
    const QList<uint> codePoints = filter.subject.trimmed().toUcs4();
    QStringList trigrams;
    for (qsizetype i = 0; i + 3 <= codePoints.size(); ++i) {
        QString trigram = QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData() + i), 3);
        trigram.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        trigram = QLatin1Char('"') + trigram + QLatin1Char('"');
        if (!trigrams.contains(trigram)) {
            trigrams.append(trigram);
        }
    }
    return trigrams;
}

// A phrase of n trigrams makes FTS5 read the position lists of all n, and a court's subjects share long runs of text
// (关于(2026)粤0104民初...): the trigrams of such a run are in nearly every row, and a phrase made of them reads a
// million positions to find a handful of rows (about 200 ms over a million mails). A substring occurs only where all
// its trigrams occur, so any few of them narrow the rows as well as all of them, and the rarest few do it best. Each
// trigram's frequency is probed up to kCommon rows (cheap: the probe stops there); the rarest (at most three) are
// ANDed, and the rows they find are checked for the whole text with instr(). When every trigram is common, the
// matches are dense and the phrase itself finds a page at once.
SubjectIndexUse subjectIndexUse(const MailLogFilter& filter,
                                const std::function<qint64(const LogSql& probe)>& frequency)
{
    constexpr qint64 kCommon = 10000;
    constexpr qsizetype kTokens = 3;
    const QStringList trigrams = subjectTrigrams(filter);
    if (!usesSubjectIndex(filter) || trigrams.size() < 2) {
        return {};
    }
    QList<std::pair<qint64, QString>> rare;
    for (const QString& trigram : trigrams) {
        const qint64 found = frequency({"SELECT count(*) FROM (SELECT 1 FROM mail_subject_fts WHERE mail_subject_fts "
                                        "MATCH ?1 LIMIT " +
                                            std::to_string(kCommon) + ")",
                                        {trigram}});
        if (found < kCommon) {
            rare.append({found, trigram});
        }
    }
    if (rare.isEmpty()) {
        return {};
    }
    std::stable_sort(rare.begin(), rare.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList chosen;
    for (qsizetype i = 0; i < rare.size() && i < kTokens; ++i) {
        chosen.append(rare.at(i).second);
    }
    return {SubjectIndexUse::Kind::Terms, chosen.join(QLatin1String(" AND "))};
}

qint64 code(LogResult value)
{
    return static_cast<qint64>(value);
}

qint64 code(LoginMethod value)
{
    return static_cast<qint64>(value);
}

qint64 code(MailDirection value)
{
    return static_cast<qint64>(value);
}

qint64 code(MailStatus value)
{
    return static_cast<qint64>(value);
}

qint64 code(ReadClient value)
{
    return static_cast<qint64>(value);
}

qint64 code(LoginFailReason value)
{
    return static_cast<qint64>(value);
}

namespace {
template <typename Enum>
std::optional<Enum> fromCode(qint64 value, Enum last)
{
    if (value < 0 || value > static_cast<qint64>(last)) {
        return std::nullopt;
    }
    return static_cast<Enum>(value);
}
} // namespace

std::optional<LogResult> logResultFromCode(qint64 value)
{
    return fromCode(value, LogResult::Failure);
}

std::optional<LoginMethod> loginMethodFromCode(qint64 value)
{
    return fromCode(value, LoginMethod::Smtp);
}

std::optional<MailDirection> mailDirectionFromCode(qint64 value)
{
    return fromCode(value, MailDirection::Out);
}

std::optional<MailStatus> mailStatusFromCode(qint64 value)
{
    return fromCode(value, MailStatus::Spam);
}

std::optional<ReadClient> readClientFromCode(qint64 value)
{
    return fromCode(value, ReadClient::Wechat);
}

std::optional<LoginFailReason> loginFailReasonFromCode(qint64 value)
{
    return fromCode(value, LoginFailReason::Other);
}

} // namespace dm::logsql
