#include "agreementsignaturesdialog.h"

#include "widgets/optionaldateedit.h"

#include "storage/agreementrepository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mentordesk::gui {

AgreementSignaturesDialog::AgreementSignaturesDialog(storage::Database &db, const domain::Agreement &agreement, const QDate &today,
                                                     QWidget *parent)
    : QDialog(parent), m_db(db), m_agreement(agreement), m_mentee(new OptionalDateEdit(tr("Signed on"), this)),
      m_mentor(new OptionalDateEdit(tr("Signed on"), this)), m_coordinator(new OptionalDateEdit(tr("Signed on"), this)),
      m_error(new QLabel(this))
{
    setObjectName(u"agreementSignaturesDialog"_s);
    setWindowTitle(tr("Signatures of agreement version %1").arg(agreement.version));
    const QDate printed = agreement.printedAt.toLocalTime().date();
    for (const auto &[edit, day] : {std::pair{m_mentee, agreement.signedByMentee}, std::pair{m_mentor, agreement.signedByMentor},
                                    std::pair{m_coordinator, agreement.signedByCoordinator}}) {
        edit->setMinimumDate(printed);
        edit->dateEdit()->setMaximumDate(today);
        edit->setSuggestedDate(today);
        edit->setDate(day);
    }
    m_mentee->setObjectName(u"menteeSigned"_s);
    m_mentor->setObjectName(u"mentorSigned"_s);
    m_coordinator->setObjectName(u"coordinatorSigned"_s);
    m_error->setObjectName(u"signaturesError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b01c1c;"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Mentee:"), m_mentee);
    form->addRow(tr("Mentor:"), m_mentor);
    form->addRow(tr("Coordinator:"), m_coordinator);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Keep the signed paper in the case file. MentorDesk records the day each party signed."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void AgreementSignaturesDialog::accept()
{
    m_agreement.signedByMentee = m_mentee->date();
    m_agreement.signedByMentor = m_mentor->date();
    m_agreement.signedByCoordinator = m_coordinator->date();
    if (const storage::Status saved = storage::AgreementRepository(m_db).update(m_agreement); !saved) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace mentordesk::gui
