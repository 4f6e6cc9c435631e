package dev.weft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ChunkDealTest {
    @Test
    void eachWorkerTakesItsOwnBlockInOrderThenTheOthersFromTheBack() {
        ChunkDeal deal = new ChunkDeal(2, 12, 2);
        int second = deal.join(1);
        int first = deal.join(0);
        assertThat(List.of(first, second)).as("each its own, whichever joins first").containsExactly(0, 1);
        assertThat(take(deal, first, 3)).containsExactly(2, 3, 4);
        assertThat(take(deal, second, 2)).containsExactly(7, 8);
        assertThat(take(deal, first, 4)).as("its own, then the other's last").containsExactly(5, 6, 11, 10);
        assertThat(take(deal, second, 2)).containsExactly(9, -1);
        assertThat(deal.next(first)).isEqualTo(-1);
    }

    @Test
    void aWorkerWhoseBlockIsTakenGetsTheNextFreeOneAndSharesWhenNoneIs() {
        ChunkDeal deal = new ChunkDeal(0, 30, 3);
        assertThat(deal.join(4)).as("numbers beyond the blocks wrap").isEqualTo(1);
        assertThat(deal.join(1)).isEqualTo(2);
        assertThat(deal.join(1)).isEqualTo(0);
        assertThat(deal.join(2)).as("every block taken").isEqualTo(2);
    }

    @Test
    void moreWorkersThanChunksLeaveSomeBlocksEmpty() {
        ChunkDeal deal = new ChunkDeal(0, 2, 3);
        assertThat(take(deal, 2, 3)).containsExactly(1, 0, -1);
    }

    @Test
    void workersRacingTakeEveryChunkOnce() throws InterruptedException {
        int chunks = 100_000;
        int workers = 4;
        ChunkDeal deal = new ChunkDeal(0, chunks, workers);
        ConcurrentLinkedQueue<Integer> taken = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < workers; t++) {
            int number = t;
            threads.add(new Thread(() -> {
                int worker = deal.join(number % 2);
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int k; (k = deal.next(worker)) >= 0; ) {
                    taken.add(k);
                }
            }));
        }
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(taken).hasSize(chunks).doesNotHaveDuplicates();
    }

    private static List<Integer> take(ChunkDeal deal, int worker, int times) {
        List<Integer> chunks = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            chunks.add(deal.next(worker));
        }
        return chunks;
    }
}
