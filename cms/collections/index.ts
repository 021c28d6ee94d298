import type { CollectionConfig } from 'payload'
import { withRestGuards } from '../hooks/restGuards'
import { Articles } from './Articles'
import { AccessLog } from './AccessLog'
import { AuditLog } from './AuditLog'
import { AvailabilityConfirmations } from './AvailabilityConfirmations'
import { CapacityClaims } from './Capacity'
import { CertificateVerifications } from './CertificateVerifications'
import { Certificates } from './Certificates'
import { CreditActivities } from './CreditActivities'
import { CredentialStatus } from './CredentialStatus'
import { DecisionClaims } from './DecisionClaims'
import { DeletionRequests } from './DeletionRequests'
import { Enrollments } from './Enrollments'
import { Expertise } from './Expertise'
import { GroupSignups } from './GroupSignups'
import { Groups } from './Groups'
import { MailLeases } from './MailLeases'
import { MailLog } from './MailLog'
import { Matches } from './Matches'
import { Media } from './Media'
import { Members } from './Members'
import { MethodCertifications } from './MethodCertifications'
import { Offers } from './Offers'
import { Organisations } from './Organisations'
import { Regions } from './Regions'
import { Requests } from './Requests'
import { ResearchExports } from './ResearchExports'
import { SupervisorProfiles } from './SupervisorProfiles'
import { Trainings } from './Trainings'
import { Users } from './Users'

/** Every collection gets the REST guards (unreadable bodies, Dutch validation summaries). */
export const collections: CollectionConfig[] = [
  Users,
  Members,
  CapacityClaims,
  MethodCertifications,
  AvailabilityConfirmations,
  Organisations,
  Regions,
  Expertise,
  Articles,
  Media,
  Trainings,
  Enrollments,
  Certificates,
  CreditActivities,
  CredentialStatus,
  CertificateVerifications,
  Requests,
  Offers,
  Matches,
  Groups,
  GroupSignups,
  SupervisorProfiles,
  AuditLog,
  AccessLog,
  ResearchExports,
  DeletionRequests,
  DecisionClaims,
  MailLog,
  MailLeases,
].map(withRestGuards)
