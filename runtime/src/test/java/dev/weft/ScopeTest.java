package dev.weft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void theSettingsHoldInsideTheScopeAndAreRestoredOnClose() {
        Backend before = Weft.settings().backend();
        try (Weft.Scope scope = Weft.configure().backend("sequential").parallelism(3).progress("false").apply()) {
            assertThat(Weft.settings().backend()).isEqualTo(Backend.SEQUENTIAL);
            assertThat(Weft.settings().parallelism()).isEqualTo(3);
            assertThat(Weft.settings().progress()).isEqualTo(Progress.FALSE);
        }
        assertThat(Weft.settings().backend()).isEqualTo(before);
    }

    @Test
    void thePlanReflectsTheScope() {
        try (Weft.Scope scope = Weft.configure().backend(Backend.THREADS).parallelism(5).apply()) {
            assertThat(Weft.plan().parallelism()).isEqualTo(5);
            assertThat(Weft.plan().toString()).containsPattern("weft.parallelism +5");
        }
    }

    @Test
    void scopesNestAndAnInnerScopeKeepsWhatItDoesNotChange() {
        try (Weft.Scope outer = Weft.configure().backend(Backend.THREADS).parallelism(2).apply()) {
            try (Weft.Scope inner = Weft.configure().parallelism(7).apply()) {
                assertThat(Weft.settings().backend()).isEqualTo(Backend.THREADS);
                assertThat(Weft.settings().parallelism()).isEqualTo(7);
            }
            assertThat(Weft.settings().parallelism()).isEqualTo(2);
        }
    }

    @Test
    void aScopeHoldsOnlyOnItsOwnThread() throws Exception {
        int outside = Weft.settings().parallelism();
        try (Weft.Scope scope = Weft.configure().parallelism(outside == 9 ? 8 : 9).apply()) {
            assertThat(CompletableFuture.supplyAsync(() -> Weft.settings().parallelism()).get()).isEqualTo(outside);
        }
    }

    @Test
    void invalidValuesNameTheKeyAndTheAllowedValues() {
        assertThatThrownBy(() -> Weft.configure().backend("gpu"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("weft.backend=gpu", "auto, threads, processes, async, sequential");
        assertThatThrownBy(() -> Weft.configure().parallelism(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("weft.parallelism=0", "-1 for all cores");
        assertThatThrownBy(() -> Weft.configure().ioConcurrency(0))
                .hasMessageContaining("weft.io.concurrency=0");
        assertThatThrownBy(() -> Weft.configure().processTimeout(Duration.ofSeconds(-1)))
                .hasMessageContaining("weft.processes.timeout");
        assertThatThrownBy(() -> Weft.configure().progress("sometimes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("weft.progress=sometimes", "auto, true or false");
    }

    @Test
    void closingOutOfOrderIsRefusedAndClosingTwiceIsHarmless() {
        Weft.Scope outer = Weft.configure().parallelism(2).apply();
        Weft.Scope inner = Weft.configure().parallelism(3).apply();

        assertThatThrownBy(outer::close).isInstanceOf(IllegalStateException.class);
        inner.close();
        inner.close();
        outer.close();
        assertThat(Weft.settings()).isEqualTo(Settings.fromSystem());
    }

    @Test
    void aScopeIsClosedOnItsOwnThread() throws Exception {
        try (Weft.Scope scope = Weft.configure().parallelism(2).apply()) {
            CompletableFuture<Void> elsewhere = CompletableFuture.runAsync(scope::close);

            assertThat(elsewhere).failsWithin(Duration.ofSeconds(30))
                    .withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(IllegalStateException.class);
        }
    }
}
