// SPDX-License-Identifier: GPL-3.0-or-later
// Collects what QAbstractItemModelTester (in Warning mode) reports, so a Catch2 test can
// require that there was nothing; other messages go on to the previous handler.
#pragma once

#include <QStringList>
#include <QtGlobal>

#include <cstring>

namespace LeadPact::Test {

class ModelTestWarnings
{
public:
    ModelTestWarnings()
    {
        s_current = this;
        m_previous = qInstallMessageHandler(&ModelTestWarnings::handle);
    }
    ~ModelTestWarnings()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    ModelTestWarnings(const ModelTestWarnings &) = delete;
    ModelTestWarnings &operator=(const ModelTestWarnings &) = delete;

    const QStringList &messages() const { return m_messages; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (s_current && context.category && std::strcmp(context.category, "qt.modeltest") == 0) {
            s_current->m_messages.append(message);
            return;
        }
        if (s_current && s_current->m_previous)
            s_current->m_previous(type, context, message);
    }

    inline static ModelTestWarnings *s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    QStringList m_messages;
};

} // namespace LeadPact::Test
