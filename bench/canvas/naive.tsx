import { forwardRef } from 'react';
import { Arrow, Circle, Group, Layer, Line, Rect, Stage, Text } from 'react-konva';
import type Konva from 'konva';
import type { Journey } from '../../shared/model/journey';
import { connectorGeometry } from '../../shared/journey/geometry';
import type { JourneyLayout } from '../../shared/journey/layout';
import { cardFill, CHANNEL_COLOR, HEADER_BG } from '../../shared/journey/style';
import type { Viewport } from '../../renderer/views/journeys/canvas/viewport';

/**
 * The "before": the straightforward react-konva map. One Group + Rect + Text (+ tag) per card, one
 * Arrow per connector, a Rect per cell, all in one layer with hit-testing on, the view in React
 * state so every pan re-renders the tree, and no culling. Uses the same layout as the real canvas,
 * so only the rendering strategy differs.
 */
interface Props {
  journey: Journey;
  layout: JourneyLayout;
  viewport: Viewport;
  width: number;
  height: number;
}

export const NaiveMap = forwardRef<Konva.Stage, Props>(function NaiveMap({ journey, layout, viewport, width, height }, ref) {
  const family = '"Noto Sans CJK SC", sans-serif';
  return (
    <Stage ref={ref} width={width} height={height} scaleX={viewport.scale} scaleY={viewport.scale} x={viewport.tx} y={viewport.ty}>
      <Layer>
        {layout.lanes.map((l) =>
          layout.stages.map((s) => (
            <Rect key={`${s.id}:${l.id}`} x={s.x} y={l.y} width={s.w} height={l.h} fill={l.index % 2 ? '#F8FAFC' : '#FFFFFF'} stroke="#D5DBE3" strokeWidth={1} />
          )),
        )}
        {layout.stages.map((s, i) => (
          <Group key={s.id} x={s.x} y={0}>
            <Rect width={s.w} height={layout.gridY} fill={HEADER_BG} />
            <Text text={journey.stages[i].name} x={10} y={18} fontSize={16} fontFamily={family} fill="#fff" width={s.w - 20} ellipsis wrap="none" />
          </Group>
        ))}
        {layout.lanes.map((l, i) => (
          <Group key={l.id} x={0} y={l.y}>
            <Rect width={layout.gridX} height={l.h} fill="#F1F4F8" stroke="#D5DBE3" />
            <Text text={journey.lanes[i].name} x={12} y={10} fontSize={15} fontFamily={family} fill="#1B2430" width={layout.gridX - 24} />
          </Group>
        ))}
        {journey.connectors.map((k) => {
          const a = layout.cards.get(k.from);
          const b = layout.cards.get(k.to);
          if (!a || !b) return null;
          const g = connectorGeometry(a, b);
          return (
            <Arrow
              key={k.id}
              points={[g.x0, g.y0, g.c1x, g.c1y, g.c2x, g.c2y, g.x1, g.y1]}
              bezier
              stroke="#475569"
              fill="#475569"
              strokeWidth={1.6}
              pointerLength={10}
              pointerWidth={9}
            />
          );
        })}
        {journey.cards.map((card) => {
          const b = layout.cards.get(card.id);
          if (!b) return null;
          return (
            <Group key={card.id} x={b.x} y={b.y} draggable>
              <Rect width={b.w} height={b.h} fill={cardFill(card)} stroke="#B8C2CF" cornerRadius={6} />
              {card.channel && <Rect x={12} y={9} width={60} height={20} cornerRadius={10} fill={CHANNEL_COLOR[card.channel]} />}
              {card.channel && <Text x={19} y={12} text={card.channel} fontSize={12} fontFamily={family} fill="#fff" />}
              <Text x={12} y={34} width={b.w - 22} height={60} text={card.text} fontSize={15} lineHeight={1.33} fontFamily={family} fill="#1B2430" wrap="char" ellipsis />
            </Group>
          );
        })}
        {layout.curves.map((c) => (
          <Group key={c.laneId}>
            <Line points={c.asIs.flatMap((p) => [p.x, p.y])} tension={0.4} stroke="#0F6E6E" strokeWidth={3} />
            {c.asIs.map((p) => (
              <Circle key={p.stageId} x={p.x} y={p.y} radius={11} fill="#15803D" stroke="#fff" draggable />
            ))}
          </Group>
        ))}
      </Layer>
    </Stage>
  );
});
