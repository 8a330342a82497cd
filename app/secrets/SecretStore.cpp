#include "secrets/SecretStore.h"

#include <QMetaObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace dm {
namespace {

// The probe's entry; isValidName() keeps callers off it.
QString probeName()
{
    return QStringLiteral("canary");
}

QByteArray randomCanary()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->generate(words.begin(), words.end());
    return QByteArray(reinterpret_cast<const char*>(words.data()), static_cast<qsizetype>(sizeof(words)));
}

int wholeSeconds(std::chrono::milliseconds duration)
{
    return static_cast<int>(
        std::max<std::chrono::seconds::rep>(1, std::chrono::ceil<std::chrono::seconds>(duration).count()));
}

// One operation's outcome: the first of the backend's answer and the deadline wins and reaches every waiter, queued
// to the waiter's context so that no callback ever runs inside the call that started the operation.
template <typename Result>
class Pending
{
public:
    void addWaiter(QObject* context, std::function<void(Result)> callback)
    {
        m_waiters.push_back(Waiter{context, std::move(callback)});
    }

    void setDeadline(QTimer* deadline) { m_deadline = deadline; }
    [[nodiscard]] bool settled() const { return m_settled; }

    void settle(const Result& result)
    {
        if (m_settled) {
            return;
        }
        m_settled = true;
        if (m_deadline) {
            m_deadline->stop();
            m_deadline->deleteLater();
        }
        for (Waiter& waiter : m_waiters) {
            if (!waiter.context || !waiter.callback) {
                continue;
            }
            QMetaObject::invokeMethod(
                waiter.context.data(),
                [callback = std::move(waiter.callback), result]() mutable { callback(std::move(result)); },
                Qt::QueuedConnection);
        }
        m_waiters.clear();
    }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(Result)> callback;
    };

    std::vector<Waiter> m_waiters;
    QPointer<QTimer> m_deadline;
    bool m_settled = false;
};

// The timer is owned by the store, so destroying the store ends the wait along with the store's other business.
QTimer* startDeadline(QObject* owner, std::chrono::milliseconds timeout, std::function<void()> onTimeout)
{
    auto* timer = new QTimer(owner);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, owner, std::move(onTimeout));
    timer->start(timeout);
    return timer;
}

template <typename Result>
std::shared_ptr<Pending<Result>> makePending(QObject* store, QObject* context, std::function<void(Result)> callback)
{
    auto pending = std::make_shared<Pending<Result>>();
    pending->addWaiter(context ? context : store, std::move(callback));
    return pending;
}

template <typename Result>
void armDeadline(QObject* store, const std::shared_ptr<Pending<Result>>& pending, std::chrono::milliseconds timeout,
                 const SecretError& error)
{
    pending->setDeadline(startDeadline(store, timeout, [pending, error] { pending->settle(Unexpected{error}); }));
}

} // namespace

struct SecretStore::ProbeRun
{
    Pending<SecretStatus> result;
    QByteArray canary;
};

SecretStore::SecretStore(const QUuid& profile, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
{
    Q_ASSERT(!profile.isNull());
}

SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(const QString& name) const
{
    return QStringLiteral("dmadmin/") % m_profile.toString(QUuid::WithoutBraces) % u'/' % name;
}

bool SecretStore::isValidName(const QString& name)
{
    if (name.isEmpty() || name.size() > MaxNameLength || name == probeName()) {
        return false;
    }
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-';
    });
}

void SecretStore::read(const QString& name, QObject* context, ReadCallback callback)
{
    auto pending = makePending<SecretValue>(this, context, std::move(callback));
    if (!isValidName(name)) {
        pending->settle(Unexpected{makeError(SecretError::Kind::Other, {}, tr("The secret name is not valid."))});
        return;
    }
    armDeadline(this, pending, m_operationTimeout,
                makeError(SecretError::Kind::Timeout, name,
                          tr("No answer within %n second(s).", nullptr, wholeSeconds(m_operationTimeout))));
    startRead(name, [pending](SecretValue result) { pending->settle(result); });
}

void SecretStore::write(const QString& name, const QByteArray& value, QObject* context, DoneCallback callback)
{
    auto pending = makePending<SecretStatus>(this, context, std::move(callback));
    if (!isValidName(name)) {
        pending->settle(Unexpected{makeError(SecretError::Kind::Other, {}, tr("The secret name is not valid."))});
        return;
    }
    if (value.size() > MaxValueSize) {
        pending->settle(Unexpected{makeError(SecretError::Kind::TooLarge, name)});
        return;
    }
    armDeadline(this, pending, m_operationTimeout,
                makeError(SecretError::Kind::Timeout, name,
                          tr("No answer within %n second(s).", nullptr, wholeSeconds(m_operationTimeout))));
    startWrite(name, value, [pending](SecretStatus result) { pending->settle(result); });
}

void SecretStore::remove(const QString& name, QObject* context, DoneCallback callback)
{
    auto pending = makePending<SecretStatus>(this, context, std::move(callback));
    if (!isValidName(name)) {
        pending->settle(Unexpected{makeError(SecretError::Kind::Other, {}, tr("The secret name is not valid."))});
        return;
    }
    armDeadline(this, pending, m_operationTimeout,
                makeError(SecretError::Kind::Timeout, name,
                          tr("No answer within %n second(s).", nullptr, wholeSeconds(m_operationTimeout))));
    startRemove(name, [pending](SecretStatus result) { pending->settle(result); });
}

void SecretStore::probe(QObject* context, DoneCallback callback)
{
    // Two probes at once would overwrite each other's canary, so later callers wait for the probe in flight.
    if (m_probeRun && !m_probeRun->result.settled()) {
        m_probeRun->result.addWaiter(context ? context : this, std::move(callback));
        return;
    }
    auto run = std::make_shared<ProbeRun>();
    run->result.addWaiter(context ? context : this, std::move(callback));
    run->canary = randomCanary();
    const SecretError timedOut =
        makeError(SecretError::Kind::NoKeychain, {},
                  tr("The keychain did not answer within %n second(s).", nullptr, wholeSeconds(m_probeTimeout)));
    run->result.setDeadline(
        startDeadline(this, m_probeTimeout, [run, timedOut] { run->result.settle(Unexpected{timedOut}); }));
    m_probeRun = run;

    // After the deadline a late answer starts no further step: QtKeychain runs jobs one at a time, so the next
    // probe's jobs queue behind this one's and never see its canary disappear.
    startWrite(probeName(), run->canary, [self = QPointer<SecretStore>(this), run](SecretStatus written) {
        if (!self || run->result.settled()) {
            return;
        }
        if (!written) {
            run->result.settle(Unexpected{probeFailure(written.error())});
            return;
        }
        self->probeReadBack(run);
    });
}

void SecretStore::probeReadBack(const std::shared_ptr<ProbeRun>& run)
{
    startRead(probeName(), [self = QPointer<SecretStore>(this), run](SecretValue readBack) {
        if (!self || run->result.settled()) {
            return;
        }
        if (!readBack) {
            const bool lost = readBack.error().kind == SecretError::Kind::NotFound;
            run->result.settle(Unexpected{
                lost ? makeError(SecretError::Kind::Other, {}, tr("It lost a test entry right after storing it."))
                     : probeFailure(readBack.error())});
            return;
        }
        if (readBack.value() != run->canary) {
            run->result.settle(Unexpected{
                makeError(SecretError::Kind::Other, {}, tr("It returned different data than was stored in it."))});
            return;
        }
        self->probeRemoveCanary(run);
    });
}

void SecretStore::probeRemoveCanary(const std::shared_ptr<ProbeRun>& run)
{
    startRemove(probeName(), [run](SecretStatus removed) {
        if (removed) {
            run->result.settle(SecretStatus{});
        } else {
            run->result.settle(Unexpected{probeFailure(removed.error())});
        }
    });
}

SecretError SecretStore::probeFailure(const SecretError& cause)
{
    // The probe's own entry is an implementation detail: say what it means for the user, not which entry failed.
    switch (cause.kind) {
    case SecretError::Kind::NoKeychain:
    case SecretError::Kind::AccessDenied:
    case SecretError::Kind::Other:
        return cause;
    case SecretError::Kind::Timeout:
        return makeError(SecretError::Kind::NoKeychain, {}, tr("The keychain did not answer in time."));
    case SecretError::Kind::NotFound:
    case SecretError::Kind::TooLarge:
        break;
    }
    return makeError(SecretError::Kind::Other);
}

SecretError SecretStore::makeError(SecretError::Kind kind, const QString& name, const QString& detail)
{
    QString message;
    switch (kind) {
    case SecretError::Kind::NotFound:
        message = tr("The keychain holds no secret named \"%1\" for this profile.").arg(name);
        break;
    case SecretError::Kind::NoKeychain:
        message = tr("No system keychain is available: dmadmin keeps its keys only in the keychain, never in a file. "
                     "Set up or unlock the system keychain (on Linux a Secret Service such as GNOME Keyring or "
                     "KWallet) and try again.");
        break;
    case SecretError::Kind::AccessDenied:
        message = tr("The system keychain refused access. Unlock it or allow dmadmin to use it, then try again.");
        break;
    case SecretError::Kind::TooLarge:
        message = tr("The secret \"%1\" is larger than the %2 bytes a system keychain entry can hold.")
                      .arg(name)
                      .arg(MaxValueSize);
        break;
    case SecretError::Kind::Timeout:
        message = tr("The system keychain did not answer in time.");
        break;
    case SecretError::Kind::Other:
        message = tr("The system keychain reported an error.");
        break;
    }
    if (!detail.isEmpty()) {
        message = tr("%1 (%2)", "error message, then its detail").arg(message, detail);
    }
    return SecretError{kind, message};
}

} // namespace dm
