import type { Card, Member, TeamFunction } from '../model/schema';
import { defineCommand, updateById } from './command';

export const addMember = defineCommand<{ name: string; function: TeamFunction; id?: string }>(
  'members.add',
  (ws, args, { now, newId }) => {
    const name = args.name.trim();
    if (!name) return ws;
    const member: Member = { id: args.id ?? newId(), name, function: args.function, createdAt: now, updatedAt: now };
    return { ...ws, members: [...ws.members, member], updatedAt: now };
  },
);

export const updateMember = defineCommand<{ id: string; name?: string; function?: TeamFunction }>(
  'members.update',
  (ws, { id, ...patch }, { now }) => {
    if (patch.name !== undefined && !patch.name.trim()) return ws;
    const clean = patch.name === undefined ? patch : { ...patch, name: patch.name.trim() };
    return { ...ws, members: updateById(ws.members, id, clean, now), updatedAt: now };
  },
);

function withoutOwner(card: Card): Card {
  const { ownerId: _removed, ...rest } = card;
  return rest as Card;
}

/** Removing a member also clears them as owner of journey cards, so no reference dangles. */
export const removeMember = defineCommand<{ id: string }>('members.remove', (ws, { id }, { now }) => {
  if (!ws.members.some((m) => m.id === id)) return ws;
  return {
    ...ws,
    members: ws.members.filter((m) => m.id !== id),
    journeys: ws.journeys.map((j) =>
      j.cards.some((c) => c.ownerId === id)
        ? { ...j, cards: j.cards.map((c) => (c.ownerId === id ? withoutOwner(c) : c)) }
        : j,
    ),
    updatedAt: now,
  };
});
