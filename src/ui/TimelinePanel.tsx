// The timeline drawing (src/ui/timeline, the timeline module) in its place on the page.
import { TimelineView } from './timeline/TimelineView';
import type { TimelineViewProps } from './timeline/props';

export function TimelinePanel(props: TimelineViewProps) {
  return (
    <div className="timeline-slot">
      <TimelineView {...props} />
    </div>
  );
}
