//! Rules: replies routed to one action, in sequence, optionally behind a predicate. The
//! transport always consults its rules; adding one (`Rule`) needs the `test-util` feature.

use std::collections::VecDeque;
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::captured::CapturedRequest;
use super::reply::Answer;
use super::{ReplayTransport, reply::Reply};
use crate::action::Action;
use crate::transport::{HttpResponse, TransportError};

pub(crate) type Matcher = dyn Fn(&CapturedRequest) -> bool + Send + Sync;

/// The replies of one rule, as the transport keeps them.
pub(crate) struct RuleState {
    pub(crate) action: &'static str,
    matcher: Option<Arc<Matcher>>,
    replies: VecDeque<Answer>,
    /// Given to every further request once `replies` is used up.
    forever: Option<Answer>,
    answered: usize,
}

impl RuleState {
    pub(crate) fn new(action: &'static str) -> Self {
        RuleState {
            action,
            matcher: None,
            replies: VecDeque::new(),
            forever: None,
            answered: 0,
        }
    }

    /// Whether the rule has a reply left.
    pub(crate) fn has_replies(&self) -> bool {
        !self.replies.is_empty() || self.forever.is_some()
    }

    /// The predicate, if any: run it without holding the transport's lock.
    pub(crate) fn matcher(&self) -> Option<Arc<Matcher>> {
        self.matcher.clone()
    }

    /// Takes the next reply (call only after [`has_replies`](Self::has_replies)).
    pub(crate) fn take(&mut self) -> Answer {
        self.answered += 1;
        match self.replies.pop_front() {
            Some(answer) => answer,
            None => self
                .forever
                .clone()
                .unwrap_or_else(|| Answer::invalid("a used-up rule answered".to_owned())),
        }
    }
}

/// Replies to the requests of one action `A`, from [`ReplayTransport::on`].
///
/// Replies are given in the order they were added ([`output`](Self::output),
/// [`service_error`](Self::service_error), [`transport_error`](Self::transport_error),
/// [`response`](Self::response), [`respond_with`](Self::respond_with)), one per request;
/// [`times`](Self::times) repeats the last one, [`repeatedly`](Self::repeatedly) gives it to
/// every further request. Once its replies are used up, the rule steps aside: the next
/// matching rule, or the queue, answers. [`when`](Self::when) limits the rule to the
/// requests a predicate on the typed request accepts.
///
/// ```
/// use ecm_sdk::actions::{
///     DescribeInstanceVncUrlRequest, DescribeInstanceVncUrlResponse, DescribeModuleRequest,
///     DescribeModuleResponse,
/// };
/// use ecm_sdk::transport::ReplayTransport;
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), ecm_sdk::Error> {
/// let transport = ReplayTransport::new();
/// // A sequence: 3 modules, then 4.
/// let modules = transport
///     .on::<DescribeModuleRequest>()
///     .output(DescribeModuleResponse::new().set_total_count(3))
///     .output(DescribeModuleResponse::new().set_total_count(4));
/// // Instance ein-gone does not exist, however often asked; others have a console URL.
/// transport
///     .on::<DescribeInstanceVncUrlRequest>()
///     .when(|request| request.instance_id.as_deref() == Some("ein-gone"))
///     .service_error("ResourceNotFound", "no instance ein-gone")
///     .repeatedly();
/// transport
///     .on::<DescribeInstanceVncUrlRequest>()
///     .respond_with(|request| {
///         let id = request.instance_id.clone().unwrap_or_default();
///         DescribeInstanceVncUrlResponse::new()
///             .set_instance_vnc_url(format!("wss://vnc.example/{id}"))
///             .into()
///     })
///     .repeatedly();
/// let client = transport.client_builder().build()?;
///
/// let all = DescribeModuleRequest::new();
/// assert_eq!(client.describe_module(all.clone()).await?.total_count, Some(3));
/// assert_eq!(client.describe_module(all.clone()).await?.total_count, Some(4));
/// assert!(client.describe_module(all).await.is_err(), "used up, and nothing is queued");
/// assert_eq!(modules.calls(), 2);
///
/// let vnc = |id: &str| DescribeInstanceVncUrlRequest::new().instance_id(id);
/// for _ in 0..2 {
///     let error = client.describe_instance_vnc_url(vnc("ein-gone")).await.unwrap_err();
///     assert_eq!(error.as_service_error().unwrap().code(), "ResourceNotFound");
/// }
/// let url = client.describe_instance_vnc_url(vnc("ein-1")).await?.instance_vnc_url;
/// assert_eq!(url.as_deref(), Some("wss://vnc.example/ein-1"));
/// # Ok(()) }
/// ```
///
/// Only with the `test-util` feature.
pub struct Rule<A> {
    transport: ReplayTransport,
    index: usize,
    action: PhantomData<fn() -> A>,
}

impl<A> Rule<A>
where
    A: Action + DeserializeOwned,
    A::Output: Serialize,
{
    pub(crate) fn new(transport: ReplayTransport, index: usize) -> Self {
        Rule {
            transport,
            index,
            action: PhantomData,
        }
    }

    fn with_state(self, change: impl FnOnce(&mut RuleState)) -> Self {
        change(&mut self.transport.lock().rules[self.index]);
        self
    }

    fn add(self, answer: Answer) -> Self {
        self.with_state(|rule| rule.replies.push_back(answer))
    }

    /// Answers only requests whose decoded request `predicate` accepts (a request that does
    /// not decode into `A` is not accepted).
    pub fn when(self, predicate: impl Fn(&A) -> bool + Send + Sync + 'static) -> Self {
        let matcher = move |request: &CapturedRequest| {
            request.input::<A>().is_ok_and(|input| predicate(&input))
        };
        self.with_state(|rule| rule.matcher = Some(Arc::new(matcher)))
    }

    /// Adds a successful reply with `output`.
    pub fn output(self, output: A::Output) -> Self {
        self.add(Reply::Output(output).into_answer())
    }

    /// Adds a service error with `code` (e.g. `ResourceNotFound`) and `message`.
    pub fn service_error(self, code: impl Into<String>, message: impl Into<String>) -> Self {
        self.add(Reply::<A::Output>::service_error(code, message).into_answer())
    }

    /// Adds a transport failure, e.g. [`TransportError::connect`].
    pub fn transport_error(self, error: TransportError) -> Self {
        self.add(Answer::transport(error))
    }

    /// Adds a whole HTTP response, e.g. a proxy's HTML error page.
    pub fn response(self, response: HttpResponse) -> Self {
        self.add(Answer::response(response))
    }

    /// Adds a reply computed from the decoded request when it arrives (a request that does
    /// not decode into `A` fails with a transport error saying why).
    pub fn respond_with(
        self,
        respond: impl Fn(&A) -> Reply<A::Output> + Send + Sync + 'static,
    ) -> Self {
        self.add(Answer::computed(move |request| {
            match request.input::<A>() {
                Ok(input) => respond(&input).into_answer(),
                Err(error) => Answer::invalid(error.to_string()),
            }
        }))
    }

    /// Gives the last reply added `count` times in all (`times(0)` and `times(1)` change
    /// nothing; nor does `times` on a rule without replies).
    pub fn times(self, count: usize) -> Self {
        self.with_state(|rule| {
            if let Some(last) = rule.replies.back().cloned() {
                for _ in 1..count {
                    rule.replies.push_back(last.clone());
                }
            }
        })
    }

    /// Gives the last reply added to every further request: the rule is never used up.
    pub fn repeatedly(self) -> Self {
        self.with_state(|rule| rule.forever = rule.replies.pop_back())
    }

    /// How many requests this rule has answered.
    pub fn calls(&self) -> usize {
        self.transport.lock().rules[self.index].answered
    }
}

impl<A> fmt::Debug for Rule<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.transport.lock();
        let rule = &state.rules[self.index];
        f.debug_struct("Rule")
            .field("action", &rule.action)
            .field("replies_left", &rule.replies.len())
            .field("repeats", &rule.forever)
            .field("answered", &rule.answered)
            .finish()
    }
}
