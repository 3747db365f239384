import type { Generated } from 'kysely';
import type { Timestamp } from './schema-types.js';

// Goals and their structured SMARTE details. Tables as the database holds them; see schema.ts for the whole database.

export interface GoalTable {
  id: Generated<number>;
  group_id: number;
  indicator_id: number | null;
  title: string;
  description: string;
  baseline_value: number | null;
  baseline_period: string | null;
  baseline_source: 'data' | 'manual' | null;
  target_value: number | null;
  deadline: string | null;
  responsible: string;
  realism_reasoning: string;
  why_it_matters: string;
  driven_by: string;
  status: 'draft' | 'active' | 'reached' | 'not-reached' | 'abandoned';
  target_group: string | null;
  target_group_name: string;
  what_changes: string;
  evidence: string;
  noise_reason: string;
  beneficiary: string | null;
  beneficiary_name: string;
  driver_user_id: number | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GoalAcceptanceTable {
  goal_id: number;
  position: number;
  party: string;
  other_name: string | null;
  how: string;
  when_text: string;
}

export interface GoalResourceTable {
  goal_id: number;
  position: number;
  kind: string;
  amount: number | null;
  description: string;
}

export interface GoalMilestoneTable {
  goal_id: number;
  period: string;
  value: number;
}
