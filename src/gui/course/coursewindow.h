#pragma once

#include "attentionplace.h"

#include "printing/printpreview.h"

#include <QDate>
#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

class AgreementTab;
class CourseForm;
class GoalsTab;
class HoursPanel;
class LogbookTab;
class MeetingsTab;
class PhasesTab;
class ReviewsTab;
class TimelineView;

// The course page: who and what (mentee, mentor, status, phase, hours delivered against
// granted with the gap marked), what needs attention on this course (each line a link to the
// place that fixes it, a new agreement that is due among them), the decisions (activate, pause,
// chemistry check, mentor change, end), a printed summary, and a tab per kind of record, the
// mentor agreements among them, with the timeline of everything.
class CourseWindow : public QDialog {
    Q_OBJECT
public:
    enum Tab {
        FormTabIndex, GoalsTabIndex, PhasesTabIndex, MeetingsTabIndex, LogbookTabIndex, ReviewsTabIndex, HoursTabIndex,
        AgreementTabIndex, TimelineTabIndex
    };

    CourseWindow(storage::Database &db, qint64 courseId, QWidget *parent = nullptr);

    qint64 courseId() const { return m_courseId; }
    void setToday(const QDate &today);
    // Shows the place where a needs-attention item is fixed (and starts the record it needs).
    void openAt(CoursePlace place);
    // Shows a record found by the search: `kind` as storage::SearchRepository::Kind.
    void showRecord(int kind, qint64 entityId);
    QTabWidget *tabs() const { return m_tabs; }
    CourseForm *form() const { return m_form; }
    MeetingsTab *meetings() const { return m_meetings; }
    AgreementTab *agreement() const { return m_agreement; }
    // Tests replace the modal print preview of the course summary.
    void setPrintRunner(PrintRunner runner) { m_print = std::move(runner); }
    void printSummary();
    QString headerText() const;
    // Replaces "Discard your changes to the course form?" (tests answer without a modal box).
    void setDiscardQuestion(std::function<bool()> question) { m_discardQuestion = std::move(question); }
    // Closing with unsaved typing in the course form asks first.
    void reject() override;
    QString attentionText() const;

Q_SIGNALS:
    // Something on the course changed: lists and counts elsewhere follow.
    void changed();
    // After a mentor change: find the mentee a new mentor in the Matching section.
    void findNewMentor(qint64 menteeId);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void refreshHeader();
    void onChanged();
    void pauseOrResume();
    void recordChemistry();
    void changeMentor();
    void endCourse();
    void openAttentionLink(const QString &link);
    bool confirmClose();
    QDate today() const;

    storage::Database &m_db;
    qint64 m_courseId;
    qint64 m_menteeId = 0;
    QDate m_today;
    std::function<bool()> m_discardQuestion;
    bool m_discardConfirmed = false;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_hours;
    QLabel *m_attention;
    QPushButton *m_pause;
    QPushButton *m_chemistry;
    QPushButton *m_change;
    QPushButton *m_end;
    QPushButton *m_summary;
    QTabWidget *m_tabs;
    CourseForm *m_form;
    GoalsTab *m_goals;
    PhasesTab *m_phases;
    MeetingsTab *m_meetings;
    LogbookTab *m_logbook;
    ReviewsTab *m_reviews;
    HoursPanel *m_hoursPanel;
    AgreementTab *m_agreement;
    TimelineView *m_timeline;
    PrintRunner m_print = &showPrintPreview;
};

} // namespace mentordesk::gui
