import { z } from 'zod';
import { idSchema } from '../dossier/common';
import { historyEntrySchema } from '../dossier/dossier';
import {
  boardCardSchema,
  boardListSchema,
  cardInputSchema,
  cardStatusSchema,
  clientBoardSchema,
  clientFlagsSchema,
  communicationInputSchema,
  communicationSchema,
  laneSchema,
  meetingInputSchema,
  meetingSchema,
} from './board';
import { proposedCardSchema } from './starter-plan';

/** The board's IPC channels (spread into `shared/ipc/contract.ts`). */
export const boardContract = {
  'board.list': {
    input: z.object({ clientId: idSchema.nullable().default(null) }),
    output: boardListSchema,
  },
  'board.client': { input: z.object({ clientId: idSchema }), output: clientBoardSchema },
  'board.flags': {
    input: z.object({ clientId: idSchema.nullable().default(null) }),
    output: z.array(clientFlagsSchema),
  },
  'board.saveCard': {
    input: z.object({
      clientId: idSchema,
      card: cardInputSchema,
      revision: z.number().int().positive().optional(),
    }),
    output: boardCardSchema,
  },
  'board.moveCard': {
    input: z.object({
      cardId: idSchema,
      lane: laneSchema,
      status: cardStatusSchema,
      /** The card it goes right after in the cell; null puts it at the top. */
      afterCardId: idSchema.nullable(),
    }),
    output: boardCardSchema,
  },
  'board.deleteCard': {
    input: z.object({ cardId: idSchema }),
    output: z.object({ deleted: z.literal(true) }),
  },
  'board.cardHistory': {
    input: z.object({ cardId: idSchema, limit: z.number().int().min(1).max(500).default(50) }),
    output: z.array(historyEntrySchema),
  },
  'board.starterPlan': { input: z.object({ clientId: idSchema }), output: z.array(proposedCardSchema) },
  'board.applyStarterPlan': {
    input: z.object({ clientId: idSchema, cards: z.array(cardInputSchema).min(1).max(100) }),
    output: z.object({ created: z.number().int().nonnegative() }),
  },
  'board.saveCommunication': {
    input: z.object({ clientId: idSchema, entry: communicationInputSchema }),
    output: communicationSchema,
  },
  'board.deleteCommunication': {
    input: z.object({ clientId: idSchema, id: idSchema }),
    output: z.object({ deleted: z.literal(true) }),
  },
  'board.saveMeeting': {
    input: z.object({ clientId: idSchema, meeting: meetingInputSchema }),
    output: meetingSchema,
  },
  'board.deleteMeeting': {
    input: z.object({ clientId: idSchema, id: idSchema }),
    output: z.object({ deleted: z.literal(true) }),
  },
  'board.cardFromFollowUp': {
    input: z.object({
      clientId: idSchema,
      source: z.discriminatedUnion('type', [
        z.object({ type: z.literal('communication'), id: idSchema }),
        z.object({ type: z.literal('meeting'), id: idSchema, index: z.number().int().min(0).max(100) }),
      ]),
      lane: laneSchema.optional(),
    }),
    output: boardCardSchema,
  },
} as const;
