// The routes of the signed-in app, one per area of the navigation table; unbuilt areas get their "coming" page.
import type { ComponentType } from 'react';
import { Route, Routes } from 'react-router-dom';
import { AuditPage } from '../audit/AuditPage';
import { BackupsPage } from '../backups/BackupsPage';
import { CaseCategoriesPage } from '../caseCategories/CaseCategoriesPage';
import { CasesArea } from '../cases/CasesArea';
import { MyWorkPage } from '../cases/MyWorkPage';
import { NewCaseShortcut } from '../cases/NewCaseShortcut';
import { GridsPage } from '../grids/GridsPage';
import { HomePage } from '../home/HomePage';
import { HouseholdsPage } from '../households/HouseholdsPage';
import { ImportPage } from '../imports/ImportPage';
import { BranchesPage } from '../party/branches/BranchesPage';
import { DuesPage } from '../party/dues/DuesPage';
import { MeetingsPage } from '../party/meetings/MeetingsPage';
import { MembersPage } from '../party/members/MembersPage';
import { ReportsPage } from '../party/reports/ReportsPage';
import { DashboardPage } from '../stats/dashboard/DashboardPage';
import { MonthlySummaryPage } from '../stats/summary/MonthlySummaryPage';
import { AssessmentPage } from '../team/assessment/AssessmentPage';
import { PatrolsPage } from '../team/patrols/PatrolsPage';
import { InspectionsPage } from '../team/places/InspectionsPage';
import { StaffPage } from '../team/staff/StaffPage';
import { TrainingPage } from '../team/training/TrainingPage';
import { UsersPage } from '../users/UsersPage';
import { VisitsPage } from '../visits/VisitsPage';
import { WishWallPage } from '../wishes/WishWallPage';
import { AppShell } from './AppShell';
import { AreaGuard } from './AreaGuard';
import { ComingPage } from './ComingPage';
import { NotFoundPage } from './NotFoundPage';
import { type Area, type AreaKey, areas } from './navigation';

const builtPages: Partial<Record<AreaKey, ComponentType>> = {
  home: HomePage,
  myWork: MyWorkPage,
  cases: CasesArea,
  wishes: WishWallPage,
  caseCategories: CaseCategoriesPage,
  grids: GridsPage,
  households: HouseholdsPage,
  visits: VisitsPage,
  partyBranches: BranchesPage,
  partyMembers: MembersPage,
  partyMeetings: MeetingsPage,
  partyDues: DuesPage,
  partyReports: ReportsPage,
  teamStaff: StaffPage,
  training: TrainingPage,
  inspections: InspectionsPage,
  patrols: PatrolsPage,
  assessment: AssessmentPage,
  dashboard: DashboardPage,
  monthlySummary: MonthlySummaryPage,
  householdImport: ImportPage,
  users: UsersPage,
  audit: AuditPage,
  backups: BackupsPage,
};

function pageOf(area: Area) {
  const Page = area.built ? builtPages[area.key] : undefined;
  return <AreaGuard area={area}>{Page ? <Page /> : <ComingPage area={area} />}</AreaGuard>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route
        element={
          <>
            <AppShell />
            <NewCaseShortcut />
          </>
        }
      >
        {areas.map((area) =>
          area.path === '/' ? (
            <Route key={area.key} index element={pageOf(area)} />
          ) : (
            <Route key={area.key} path={`${area.path}/*`} element={pageOf(area)} />
          ),
        )}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
