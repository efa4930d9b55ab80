#include "mentorsuggestionsdialog.h"

#include "suggestionpanel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mentordesk::gui {

MentorSuggestionsDialog::MentorSuggestionsDialog(storage::Database &db, domain::Id mentorId, const QString &mentorName,
                                                 QWidget *parent)
    : QDialog(parent), m_panel(new SuggestionPanel(this))
{
    setWindowTitle(tr("Suggested mentees for %1").arg(mentorName));
    if (parent)
        setWindowModality(Qt::WindowModal);
    auto *hint = new QLabel(tr("A proposal waits for approval under Matching → Proposals and matches."), this);
    hint->setObjectName(u"proposalHint"_s);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(hint, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addLayout(bottom);

    connect(m_panel, &SuggestionPanel::proposed, this, &MentorSuggestionsDialog::proposed);
    m_panel->setDatabase(&db);
    m_panel->showForMentor(mentorId);
    // Room for a mentee's name and target group side by side and for the longest explanation
    // line ("−15 lives in another region (the North Denmark Region)") without cutting either.
    resize(std::max(820, sizeHint().width()), std::max(620, sizeHint().height()));
}

} // namespace mentordesk::gui
