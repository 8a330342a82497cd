#pragma once

#include "store/LogQuery.h"
#include "ui/logs/LogFilterBar.h"

class QComboBox;
class QLineEdit;

namespace dm {

// The per-log filters of issue 12, each as the LogQuery filter it stands for. Choice values are the stored codes of
// the enums (logsql::code), or the action code.

class OperationLogFilterBar final : public LogFilterBar
{
    Q_OBJECT

public:
    explicit OperationLogFilterBar(QWidget* parent = nullptr);
    [[nodiscard]] OperationLogFilter filter() const;

protected:
    void retranslateUi() override;

private:
    QLineEdit* m_operator = nullptr;
    QComboBox* m_action = nullptr;
    QComboBox* m_result = nullptr;
    QLineEdit* m_target = nullptr;
};

class LoginLogFilterBar final : public LogFilterBar
{
    Q_OBJECT

public:
    explicit LoginLogFilterBar(QWidget* parent = nullptr);
    [[nodiscard]] LoginLogFilter filter() const;

protected:
    void retranslateUi() override;

private:
    QLineEdit* m_account = nullptr;
    QComboBox* m_method = nullptr;
    QComboBox* m_result = nullptr;
    QComboBox* m_abnormal = nullptr;
    QLineEdit* m_province = nullptr;
    QLineEdit* m_ipPrefix = nullptr;
};

class MailLogFilterBar final : public LogFilterBar
{
    Q_OBJECT

public:
    explicit MailLogFilterBar(QWidget* parent = nullptr);
    [[nodiscard]] MailLogFilter filter() const;

protected:
    void retranslateUi() override;

private:
    QLineEdit* m_subject = nullptr;
    QComboBox* m_direction = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_read = nullptr;
    QLineEdit* m_sender = nullptr;
    QLineEdit* m_recipient = nullptr;
};

} // namespace dm
