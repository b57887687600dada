import { Injectable, Logger } from '@nestjs/common';
import type { QuestionView } from '@plenary/shared';

type Listener = (question: QuestionView) => Promise<void>;

/**
 * Told after commit that a question was decided (a vote closed, or adopted without a vote), so a
 * module that put the question can take its outcome (the floor: a motion, an appeal, an
 * amendment). Listeners run in their own transactions; one that fails is logged, and its module
 * settles again the next time it acts (the outcome is in the question's row).
 */
@Injectable()
export class QuestionDecidedHook {
  private readonly logger = new Logger(QuestionDecidedHook.name);
  private readonly listeners: Listener[] = [];

  on(listener: Listener): void {
    this.listeners.push(listener);
  }

  async decided(question: QuestionView): Promise<void> {
    for (const listener of this.listeners) {
      await listener(question).catch((e: unknown) => this.logger.error(e));
    }
  }
}
