import type { ComponentType, Ref } from 'react';
import type { KindQuestion } from '../../domain/card-kinds/question';

/** What each generated kind's renderer module exports. */
export interface KindRendererModule {
  Prompt: ComponentType<{
    question: KindQuestion;
    headingId: string;
    headingRef?: Ref<HTMLHeadingElement> | undefined;
  }>;
  /** What a checked answer teaches, below the verdict on the back. */
  Teach: ComponentType<{ question: KindQuestion; given?: string | undefined }>;
}
