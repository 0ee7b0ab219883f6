//! Paginators for `Offset`/`Limit` list actions: lazy streams of pages or items.

use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;

use crate::action::Paginated;
use crate::client::Client;
use crate::error::Error;

impl Client {
    /// Pages through a list action: [`Paginator::items`] streams the items,
    /// [`Paginator::pages`] the responses. Nothing is fetched until the stream is polled.
    ///
    /// The first page starts at the request's `Offset` (default 0). The page size is
    /// [`Paginator::page_size`], else the request's `Limit`, else the action's documented
    /// maximum, never above that maximum. Paging stops at `TotalCount`, on an empty page,
    /// and after the first error; the item stream never yields more than `TotalCount` items,
    /// even from a server that ignores `Offset`.
    ///
    /// The streams have `next` and `try_collect` of their own, so no stream crate is needed
    /// (they also implement `futures_core::Stream`, for stream combinators):
    ///
    /// ```no_run
    /// # async fn demo<A: ecm_sdk::action::Paginated + 'static>(client: ecm_sdk::Client, request: A)
    /// # -> Result<(), ecm_sdk::Error> where A::Item: std::fmt::Debug {
    /// let mut items = client.paginate(request).items();
    /// while let Some(item) = items.next().await {
    ///     println!("{:?}", item?);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn paginate<A: Paginated + 'static>(&self, request: A) -> Paginator<A> {
        Paginator {
            client: self.clone(),
            request,
            page_size: None,
        }
    }
}

/// Configures how a list action is paged; turn it into a stream with
/// [`items`](Self::items) or [`pages`](Self::pages).
#[must_use]
pub struct Paginator<A> {
    client: Client,
    request: A,
    page_size: Option<u32>,
}

impl<A> fmt::Debug for Paginator<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paginator")
            .field("page_size", &self.page_size)
            .finish_non_exhaustive()
    }
}

impl<A: Paginated + 'static> Paginator<A> {
    /// Requests `size` items per page (capped at the action's documented maximum).
    pub fn page_size(mut self, size: u32) -> Self {
        self.page_size = Some(size);
        self
    }

    /// A stream of whole responses, one per page.
    pub fn pages(self) -> Pages<A> {
        let state = self.into_state();
        let stream = unfold(state, |mut state| async move {
            let output = match state.fetch().await? {
                Ok(output) => output,
                Err(error) => return Some((Err(error), state)),
            };
            let count = A::item_count(&output);
            state.advance(count, A::total_count(&output));
            Some((Ok(output), state))
        });
        Pages {
            inner: Box::pin(stream),
        }
    }

    /// A stream of the items of every page.
    pub fn items(self) -> Items<A> {
        let buffered: VecDeque<A::Item> = VecDeque::new();
        let stream = unfold(
            (self.into_state(), buffered),
            |(mut state, mut buffered)| async move {
                loop {
                    if let Some(item) = buffered.pop_front() {
                        return Some((Ok(item), (state, buffered)));
                    }
                    let output = match state.fetch().await? {
                        Ok(output) => output,
                        Err(error) => return Some((Err(error), (state, buffered))),
                    };
                    let total = A::total_count(&output);
                    let mut items = A::into_items(output);
                    // Never more than `TotalCount` items in all, even from a server that
                    // ignores `Offset` and sends the first page again.
                    if let Some(total) = total {
                        let left = total.saturating_sub(state.offset);
                        items.truncate(usize::try_from(left).unwrap_or(usize::MAX));
                    }
                    state.advance(Some(items.len()), total);
                    buffered.extend(items);
                }
            },
        );
        Items {
            inner: Box::pin(stream),
        }
    }

    fn into_state(self) -> PageState<A> {
        let requested = self.page_size.or_else(|| self.request.page_limit());
        let limit = match (requested, A::MAX_LIMIT) {
            (Some(size), Some(max)) => Some(size.clamp(1, max)),
            (Some(size), None) => Some(size.max(1)),
            (None, max) => max,
        };
        PageState {
            offset: self.request.page_offset().unwrap_or(0),
            client: self.client,
            request: self.request,
            limit,
            done: false,
        }
    }
}

/// Where paging stands. The one implementation of the paging rules for every action.
struct PageState<A> {
    client: Client,
    request: A,
    offset: u64,
    limit: Option<u32>,
    done: bool,
}

impl<A: Paginated> PageState<A> {
    /// Fetches the page at the current offset; `None` when paging is over. An error ends
    /// paging after it is yielded.
    async fn fetch(&mut self) -> Option<Result<A::Output, Error>> {
        if self.done {
            return None;
        }
        let mut request = self.request.clone();
        request.set_page_offset(self.offset);
        if let Some(limit) = self.limit {
            request.set_page_limit(limit);
        }
        let result = self.client.send(request).await;
        if result.is_err() {
            self.done = true;
        }
        Some(result)
    }

    /// Moves past a page of `count` items (if known) out of `total`.
    fn advance(&mut self, count: Option<usize>, total: Option<u64>) {
        let step = match (count, self.limit) {
            (Some(count), _) => count as u64,
            (None, Some(limit)) => u64::from(limit),
            // Neither the page length nor the page size is known: the next offset cannot
            // be computed safely.
            (None, None) => 0,
        };
        self.offset = self.offset.saturating_add(step);
        self.done = step == 0
            || match total {
                Some(total) => self.offset >= total,
                // Without a total, only an empty page ends the listing, which needs the
                // true page length.
                None => count.is_none(),
            };
    }
}

/// A stream of the responses of a list action, page by page. From [`Paginator::pages`].
#[must_use = "streams do nothing unless polled"]
pub struct Pages<A: Paginated> {
    inner: Pin<Box<dyn Stream<Item = Result<A::Output, Error>> + Send>>,
}

impl<A: Paginated> Pages<A> {
    /// The next page: `None` once paging is over (after the last page or the first
    /// error). The same as `StreamExt::next`, without importing anything.
    pub async fn next(&mut self) -> Option<Result<A::Output, Error>> {
        std::future::poll_fn(|cx| self.inner.as_mut().poll_next(cx)).await
    }

    /// Every page, or the first error.
    pub async fn try_collect(mut self) -> Result<Vec<A::Output>, Error> {
        let mut pages = Vec::new();
        while let Some(page) = self.next().await {
            pages.push(page?);
        }
        Ok(pages)
    }
}

impl<A: Paginated> Stream for Pages<A> {
    type Item = Result<A::Output, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<A: Paginated> fmt::Debug for Pages<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages").finish_non_exhaustive()
    }
}

/// A stream of the items of a list action, across pages. From [`Paginator::items`].
#[must_use = "streams do nothing unless polled"]
pub struct Items<A: Paginated> {
    inner: Pin<Box<dyn Stream<Item = Result<A::Item, Error>> + Send>>,
}

impl<A: Paginated> Items<A> {
    /// The next item: `None` once paging is over (after the last item or the first
    /// error). The same as `StreamExt::next`, without importing anything.
    pub async fn next(&mut self) -> Option<Result<A::Item, Error>> {
        std::future::poll_fn(|cx| self.inner.as_mut().poll_next(cx)).await
    }

    /// Every item of every page, or the first error.
    pub async fn try_collect(mut self) -> Result<Vec<A::Item>, Error> {
        let mut items = Vec::new();
        while let Some(item) = self.next().await {
            items.push(item?);
        }
        Ok(items)
    }
}

impl<A: Paginated> Stream for Items<A> {
    type Item = Result<A::Item, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<A: Paginated> fmt::Debug for Items<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items").finish_non_exhaustive()
    }
}

/// The stream of what `step` makes of a state, one future at a time: each future gives an
/// item and the next state, or `None` to end the stream (what `futures_util`'s `unfold`
/// does, written out because paging is the SDK's only use of it).
fn unfold<S, T, F, Fut>(state: S, step: F) -> Unfold<S, F, Fut>
where
    F: FnMut(S) -> Fut,
    Fut: Future<Output = Option<(T, S)>>,
{
    Unfold {
        state: Some(state),
        step,
        pending: None,
    }
}

struct Unfold<S, F, Fut> {
    /// The state between two items; `None` while a step runs, and after the end.
    state: Option<S>,
    step: F,
    pending: Option<Pin<Box<Fut>>>,
}

// The step's future is pinned in its box; the state and the step function are only ever
// moved, never pinned, so the stream can move.
impl<S, F, Fut> Unpin for Unfold<S, F, Fut> {}

impl<S, T, F, Fut> Stream for Unfold<S, F, Fut>
where
    F: FnMut(S) -> Fut,
    Fut: Future<Output = Option<(T, S)>>,
{
    type Item = T;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        let this = &mut *self;
        let future = match &mut this.pending {
            Some(future) => future,
            None => match this.state.take() {
                Some(state) => this.pending.insert(Box::pin((this.step)(state))),
                None => return Poll::Ready(None),
            },
        };
        let next = std::task::ready!(future.as_mut().poll(cx));
        this.pending = None;
        Poll::Ready(next.map(|(item, state)| {
            this.state = Some(state);
            item
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn unfold_yields_each_step_until_one_ends_it_and_then_stays_ended() {
        let mut stream = unfold(0u32, |n| async move {
            tokio::task::yield_now().await;
            (n < 3).then(|| (n * 10, n + 1))
        });
        let mut seen = Vec::new();
        while let Some(item) = std::future::poll_fn(|cx| Pin::new(&mut stream).poll_next(cx)).await
        {
            seen.push(item);
        }
        assert_eq!(seen, [0, 10, 20]);
        assert_eq!(
            std::future::poll_fn(|cx| Pin::new(&mut stream).poll_next(cx)).await,
            None::<u32>
        );
    }
}
