#pragma once

#include "core/Profile.h"
#include "proof/ProofPack.h"
#include "ui/proof/ProofTarget.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace dm {

class CacheSession;
class PlatformClient;

namespace proof {
class PackMaker;
struct MadePack;
struct PackSettings;
} // namespace proof

// "生成送达证据包": makes one pack per target into a folder the user picks, one after the other, with progress and a
// cancel that stops at once and leaves no half-written file. A single target may get the clerk's copy of the sent
// file, so the pack says whether it matches what the platform stored; the court's signature is optional, its
// password asked each time and never kept. Each pack made is recorded in the profile's audit ledger with its SHA-256.
class ProofPackDialog : public QDialog
{
    Q_OBJECT

public:
    ProofPackDialog(PlatformClient& client, CacheSession& session, const Profile& profile, ProofTargets targets,
                    QWidget* parent = nullptr);
    ~ProofPackDialog() override;

    // The folder packs go to (tests set it instead of picking one).
    void setOutputDirectory(const QString& directory);
    void addClerkFile(const QString& path);
    // Starts making the packs, as the Make button does.
    void start();
    // Closing while packs are made cancels the one in flight (no file is left of it) and the rest.
    void reject() override;

Q_SIGNALS:
    // Every target was tried: `made` packs were written, `failed` were not.
    void finished(int made, int failed);

private:
    void buildUi();
    void chooseFolder();
    void chooseClerkFile();
    void chooseSigner();
    // The choices made and checked: they are remembered, the form is locked, and the first pack is asked for.
    void beginMaking(proof::PackSettings settings, const QString& folder);
    void makeNext();
    void showResult(int index, const QString& text, bool ok);
    void recordInLedger(const ProofTarget& target, const proof::MadePack* made);
    void stopWith(const QString& message);
    [[nodiscard]] QString tsaProblem() const;
    // Where this profile's choices are remembered (QSettings).
    [[nodiscard]] QString settingsKey(const char* name) const;

    PlatformClient& m_client;
    QPointer<CacheSession> m_session;
    Profile m_profile;
    ProofTargets m_targets;
    QStringList m_clerkFiles;
    QPointer<proof::PackMaker> m_maker;
    QString m_outputDirectory;
    bool m_cancelled = false;
    int m_next = 0;
    int m_made = 0;
    int m_failed = 0;

    QTreeWidget* m_list = nullptr;
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_courtName = nullptr;
    QLabel* m_clerkLabel = nullptr;
    QPushButton* m_clerkButton = nullptr;
    QLineEdit* m_tsaUrl = nullptr;
    QLineEdit* m_tsaChain = nullptr;
    QCheckBox* m_sign = nullptr;
    QLineEdit* m_signerFile = nullptr;
    QLineEdit* m_signerPassword = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_makeButton = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace dm
