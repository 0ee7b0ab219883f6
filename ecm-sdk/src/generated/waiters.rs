// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The waiters of the waiter table (`ecm-codegen`'s `generate/waiters.rs`): one
//! `Client::wait_until_…` method each, run by the engine in [`crate::waiter`].

use crate::actions::*;
use crate::types::{
    AddressStatus, ImageTaskState, InstanceState, LoadBalanceTaskStatus,
    LoadBalancerStatus, ModuleState, NetworkInterfaceState, SnapshotState,
    TaskOutputStatus, TaskResult,
};
use crate::waiter::{Gone, Observation, StateClass, WaitError, WaitOptions, Waiter};

static INSTANCES_RUNNING: Waiter<DescribeInstancesRequest> = Waiter {
    name: "instances_running",
    ids: |request| crate::waiter::filter_values(
        request.filters.as_deref(),
        "instance-id",
    ),
    observe: |output| {
        output
            .instance_set
            .iter()
            .flatten()
            .map(|resource| Observation {
                id: resource.instance_id.clone(),
                state: resource
                    .instance_state
                    .as_ref()
                    .map(|state: &InstanceState| {
                        let class = match state {
                            InstanceState::Running => StateClass::Success,
                            InstanceState::LaunchFailed => StateClass::Failure,
                            _ => StateClass::Pending,
                        };
                        (class, state.to_string())
                    }),
            })
            .collect()
    },
    gone: Gone::Failure,
};

impl crate::Client {
    /// Waits until every selected instance is `RUNNING` (polling `DescribeInstances`), and
    /// returns the final response.
    ///
    /// Fails at once with [`WaitError::FailureState`] on `LAUNCH_FAILED`.
    ///
    /// A selected resource the response does not list (or an empty response) fails at once with
    /// [`WaitError::Gone`].
    ///
    /// Polls through [`Client::send`](crate::Client::send) (retries, rate limiter and per-call
    /// overrides apply) with jittered exponential back-off, for at most the given wait; see
    /// [`crate::waiter`].
    ///
    /// ```no_run
    /// # async fn demo(client: &ecm_sdk::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use ecm_sdk::actions::*;
    ///
    /// let request = DescribeInstancesRequest::new()
    ///     .filters([DescribeInstancesFilter::instance_id(["id-1"])]);
    /// let response = client
    ///     .wait_until_instances_running(request, Duration::from_secs(600))
    ///     .await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    pub async fn wait_until_instances_running(
        &self,
        request: DescribeInstancesRequest,
        max_wait: impl Into<WaitOptions>,
    ) -> Result<DescribeInstancesResponse, WaitError<DescribeInstancesResponse>> {
        crate::waiter::wait(self, request, &INSTANCES_RUNNING, max_wait.into()).await
    }
}

static INSTANCES_STOPPED: Waiter<DescribeInstancesRequest> = Waiter {
    name: "instances_stopped",
    ids: |request| crate::waiter::filter_values(
        request.filters.as_deref(),
        "instance-id",
    ),
    observe: |output| {
        output
            .instance_set
            .iter()
            .flatten()
            .map(|resource| Observation {
                id: resource.instance_id.clone(),
                state: resource
                    .instance_state
                    .as_ref()
                    .map(|state: &InstanceState| {
                        let class = match state {
                            InstanceState::Stopped => StateClass::Success,
                            InstanceState::LaunchFailed => StateClass::Failure,
                            _ => StateClass::Pending,
                        };
                        (class, state.to_string())
                    }),
            })
            .collect()
    },
    gone: Gone::Failure,
};

impl crate::Client {
    /// Waits until every selected instance is `STOPPED` (polling `DescribeInstances`), and
    /// returns the final response.
    ///
    /// Fails at once with [`WaitError::FailureState`] on `LAUNCH_FAILED`.
    ///
    /// A selected resource the response does not list (or an empty response) fails at once with
    /// [`WaitError::Gone`].
    ///
    /// Polls through [`Client::send`](crate::Client::send) (retries, rate limiter and per-call
    /// overrides apply) with jittered exponential back-off, for at most the given wait; see
    /// [`crate::waiter`].
    ///
    /// ```no_run
    /// # async fn demo(client: &ecm_sdk::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use ecm_sdk::actions::*;
    ///
    /// let request = DescribeInstancesRequest::new()
    ///     .filters([DescribeInstancesFilter::instance_id(["id-1"])]);
    /// let response = client
    ///     .wait_until_instances_stopped(request, Duration::from_secs(600))
    ///     .await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    pub async fn wait_until_instances_stopped(
        &self,
        request: DescribeInstancesRequest,
        max_wait: impl Into<WaitOptions>,
    ) -> Result<DescribeInstancesResponse, WaitError<DescribeInstancesResponse>> {
        crate::waiter::wait(self, request, &INSTANCES_STOPPED, max_wait.into()).await
    }
}

static INSTANCES_TERMINATED: Waiter<DescribeInstancesRequest> = Waiter {
    name: "instances_terminated",
    ids: |request| crate::waiter::filter_values(
        request.filters.as_deref(),
        "instance-id",
    ),
    observe: |output| {
        output
            .instance_set
            .iter()
            .flatten()
            .map(|resource| Observation {
                id: resource.instance_id.clone(),
                state: resource
                    .instance_state
                    .as_ref()
                    .map(|state: &InstanceState| (
                        StateClass::Pending,
                        state.to_string(),
                    )),
            })
            .collect()
    },
    gone: Gone::Success,
};

impl crate::Client {
    /// Waits until no selected instance is returned any more (terminated) (polling
    /// `DescribeInstances`), and returns the final response.
    ///
    /// A selected resource the response no longer lists counts as done.
    ///
    /// Polls through [`Client::send`](crate::Client::send) (retries, rate limiter and per-call
    /// overrides apply) with jittered exponential back-off, for at most the given wait; see
    /// [`crate::waiter`].
    ///
    /// ```no_run
    /// # async fn demo(client: &ecm_sdk::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use ecm_sdk::actions::*;
    ///
    /// let request = DescribeInstancesRequest::new()
    ///     .filters([DescribeInstancesFilter::instance_id(["id-1"])]);
    /// let response = client
    ///     .wait_until_instances_terminated(request, Duration::from_secs(600))
    ///     .await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    pub async fn wait_until_instances_terminated(
        &self,
        request: DescribeInstancesRequest,
        max_wait: impl Into<WaitOptions>,
    ) -> Result<DescribeInstancesResponse, WaitError<DescribeInstancesResponse>> {
        crate::waiter::wait(self, request, &INSTANCES_TERMINATED, max_wait.into()).await
    }
}

static MODULES_NORMAL: Waiter<DescribeModuleRequest> = Waiter {
    name: "modules_normal",
    ids: |request| crate::waiter::filter_values(request.filters.as_deref(), "module-id"),
    observe: |output| {
        output
            .module_item_set
            .iter()
            .flatten()
            .filter_map(|item| item.module.as_ref())
            .map(|resource| Observation {
                id: resource.module_id.clone(),
                state: resource
                    .module_state
                    .as_ref()
                    .map(|state: &ModuleState| {
                        let class = match state {
                            ModuleState::Normal => StateClass::Success,
                            ModuleState::Deletefailed => StateClass::Failure,
                            _ => StateClass::Pending,
                        };
                        (class, state.to_string())
                    }),
            })
            .collect()
    },
    gone: Gone::Failure,
};

impl crate::Client {
    /// Waits until every selected module is `NORMAL` (polling `DescribeModule`), and returns
    /// the final response.
    ///
    /// Fails at once with [`WaitError::FailureState`] on `DELETEFAILED`.
    ///
    /// A selected resource the response does not list (or an empty response) fails at once with
    /// [`WaitError::Gone`].
    ///
    /// Polls through [`Client::send`](crate::Client::send) (retries, rate limiter and per-call
    /// overrides apply) with jittered exponential back-off, for at most the given wait; see
    /// [`crate::waiter`].
    ///
    /// ```no_run
    /// # async fn demo(client: &ecm_sdk::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use ecm_sdk::actions::*;
    ///
    /// let request = DescribeModuleRequest::new()
    ///     .filters([DescribeModuleFilter::module_id(["id-1"])]);
    /// let response = client
    ///     .wait_until_modules_normal(request, Duration::from_secs(600))
    ///     .await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    pub async fn wait_until_modules_normal(
        &self,
        request: DescribeModuleRequest,
        max_wait: impl Into<WaitOptions>,
    ) -> Result<DescribeModuleResponse, WaitError<DescribeModuleResponse>> {
        crate::waiter::wait(self, request, &MODULES_NORMAL, max_wait.into()).await
    }
}

static MODULES_DELETED: Waiter<DescribeModuleRequest> = Waiter {
    name: "modules_deleted",
    ids: |request| crate::waiter::filter_values(request.filters.as_deref(), "module-id"),
    observe: |output| {
        output
            .module_item_set
            .iter()
            .flatten()
            .filter_map(|item| item.module.as_ref())
            .map(|resource| Observation {
                id: resource.module_id.clone(),
                state: resource
                    .module_state
                    .as_ref()
                    .map(|state: &ModuleState| {
                        let class = match state {
                            ModuleState::Deletefailed => StateClass::Failure,
                            _ => StateClass::Pending,
                        };
                        (class, state.to_string())
                    }),
            })
            .collect()
    },
    gone: Gone::Success,
};

impl crate::Client {
    /// Waits until no selected module is returned any more (deleted) (polling
    /// `DescribeModule`), and returns the final response.
    ///
    /// Fails at once with [`WaitError::FailureState`] on `DELETEFAILED`.
    ///
    /// A selected resource the response no longer lists counts as done.
    ///
    /// Polls through [`Client::send`](crate::Client::send) (retries, rate limiter and per-call
    /// overrides apply) with jittered exponential back-off, for at most the given wait; see
    /// [`crate::waiter`].
    ///
    /// ```no_run
    /// # async fn demo(client: &ecm_sdk::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use ecm_sdk::actions::*;
    ///
    /// let request = DescribeModuleRequest::new()
    ///     .filters([DescribeModuleFilter::module_id(["id-1"])]);
    /// let response = client
    ///     .wait_until_modules_deleted(request, Duration::from_secs(600))
    ///     .await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    pub async fn wait_until_modules_deleted(
        &self,
        request: DescribeModuleRequest,
        max_wait: impl Into<WaitOptions>,
    ) -> Result<DescribeModuleResponse, WaitError<DescribeModuleResponse>> {
        crate::waiter::wait(self, request, &MODULES_DELETED, max_wait.into()).await
    }
}

static ADDRESSES_BOUND: Waiter<DescribeAddressesRequest> = Waiter {
    name: "addresses_bound",
    ids: |request| request.address_ids.clone().unwrap_or_default(),
    observe: |output| {
        output
            .address_set
            .iter()
            .flatten()
            .map(|resource| Observation {
                id: resource.address_id.clone(),
                state: resource
                    .address_status
                    .as_ref()
                    .map(|state: &AddressStatus| {
                        let class = match state {
                            AddressStatus::Bind => StateClass::Success,
                            _ => StateClass::Pending,
                        };
                        (class, state.to_string())
                    }),
            })
            .collect()
    },
    gone: Gone::Failure,
};

impl crate::Client {
    /// Waits until every selected EIP is `BIND` (bound) (polling `DescribeAddresses`), and
    /// returns the final response.
    ///
    /// A selected resource the response does not list (or an empty response) fails at once with
    /// [`WaitError::Gone`].
    ///
    /// Polls through [`Client::send`](crate::Client::send) (retries, rate limiter and per-call
    /// overrides apply) with jittered exponential back-off, for at most the given wait; see
    /// [`crate::waiter`].
    ///
    /// ```no_run
    /// # async fn demo(client: &ecm_sdk::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use ecm_sdk::actions::*;
    ///
    /// let request = DescribeAddressesRequest::new()
    ///     .ecm_region("ap-xian-ecm")
    ///     .address_ids(["id-1", "id-2"]);
    /// let response = client
    ///     .wait_until_addresses_bound(request, Duration::from_secs(600))
    ///     .await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    pub async fn wait_until_addresses_bound(
        &self,
        request: DescribeAddressesRequest,
        max_wait: impl Into<WaitOptions>,
    ) -> Result<DescribeAddressesResponse, WaitError<DescribeAddressesResponse>> {
        crate::waiter::wait(self, request, &ADDRESSES_BOUND, max_wait.into()).await
    }
}

static ADDRESSES_UNBOUND: Waiter<DescribeAddressesRequest> = Waiter {
    name: "addresses_unbound",
    ids: |request| request.address_ids.clone().unwrap_or_default(),
    observe: |output| {
        output
            .address_set
            .iter()
            .flatten()
            .map(|resource| Observation {
                id: resource.address_id.clone(),
                state: resource
                    .address_status
                    .as_ref()
                    .map(|state: &AddressStatus| {
                        let class = match state {
                            AddressStatus::Unbind => StateClass::Success,
                            _ => StateClass::Pending,
                        };
                        (class, state.to_string())
                    }),
            })
            .collect()
    },
    gone: Gone::Failure,
};

impl crate::Client {
    /// Waits until every selected EIP is `UNBIND` (unbound) (polling `DescribeAddresses`), and
    /// returns the final response.
    ///
    /// A selected resource the response does not list (or an empty response) fails at once with
    /// [`WaitError::Gone`].
    ///
    /// Polls through [`Client::send`](crate::Client::send) (retries, rate limiter and per-call
    /// overrides apply) with jittered exponential back-off, for at most the given wait; see
    /// [`crate::waiter`].
    ///
    /// ```no_run
    /// # async fn demo(client: &ecm_sdk::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use ecm_sdk::actions::*;
    ///
    /// let request = DescribeAddressesRequest::new()
    ///     .ecm_region("ap-xian-ecm")
    ///     .address_ids(["id-1", "id-2"]);
    /// let response = client
    ///     .wait_until_addresses_unbound(request, Duration::from_secs(600))
    ///     .await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    pub async fn wait_until_addresses_unbound(
        &self,
        request: DescribeAddressesRequest,
        max_wait: impl Into<WaitOptions>,
    ) -> Result<DescribeAddressesResponse, WaitError<DescribeAddressesResponse>> {
        crate::waiter::wait(self, request, &ADDRESSES_UNBOUND, max_wait.into()).await
    }
}

static IMAGE_TASKS_DONE: Waiter<DescribeCustomImageTaskRequest> = Waiter {
    name: "image_tasks_done",
    ids: |request| crate::waiter::filter_values(request.filters.as_deref(), "task-id"),
    observe: |output| {
        output
            .image_task_set
            .iter()
            .flatten()
            .map(|resource| Observation {
                id: None,
                state: resource
                    .state
                    .as_ref()
                    .map(|state: &ImageTaskState| {
                        let class = match state {
                            ImageTaskState::Success => StateClass::Success,
                            ImageTaskState::Failed => StateClass::Failure,
                            _ => StateClass::Pending,
                        };
                        (class, state.to_string())
                    }),
            })
            .collect()
    },
    gone: Gone::Failure,
};

impl crate::Client {
    /// Waits until every image import task the request selects is `SUCCESS` (polling
    /// `DescribeCustomImageTask`), and returns the final response.
    ///
    /// Fails at once with [`WaitError::FailureState`] on `FAILED`.
    ///
    /// A selected resource the response does not list (or an empty response) fails at once with
    /// [`WaitError::Gone`].
    ///
    /// Polls through [`Client::send`](crate::Client::send) (retries, rate limiter and per-call
    /// overrides apply) with jittered exponential back-off, for at most the given wait; see
    /// [`crate::waiter`].
    ///
    /// ```no_run
    /// # async fn demo(client: &ecm_sdk::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use ecm_sdk::actions::*;
    ///
    /// let request = DescribeCustomImageTaskRequest::new()
    ///     .filters([DescribeCustomImageTaskFilter::task_id(["id-1"])]);
    /// let response = client
    ///     .wait_until_image_tasks_done(request, Duration::from_secs(600))
    ///     .await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    pub async fn wait_until_image_tasks_done(
        &self,
        request: DescribeCustomImageTaskRequest,
        max_wait: impl Into<WaitOptions>,
    ) -> Result<
        DescribeCustomImageTaskResponse,
        WaitError<DescribeCustomImageTaskResponse>,
    > {
        crate::waiter::wait(self, request, &IMAGE_TASKS_DONE, max_wait.into()).await
    }
}

static TASKS_DONE: Waiter<DescribeTaskStatusRequest> = Waiter {
    name: "tasks_done",
    ids: |request| {
        request
            .task_set
            .iter()
            .flatten()
            .filter_map(|item| item.task_id.clone())
            .collect()
    },
    observe: |output| {
        output
            .task_set
            .iter()
            .flatten()
            .map(|resource| Observation {
                id: resource.task_id.clone(),
                state: resource
                    .status
                    .as_ref()
                    .map(|state: &TaskOutputStatus| {
                        let class = match state {
                            TaskOutputStatus::Success => StateClass::Success,
                            TaskOutputStatus::Failed => StateClass::Failure,
                            _ => StateClass::Pending,
                        };
                        (class, state.to_string())
                    }),
            })
            .collect()
    },
    gone: Gone::Failure,
};

impl crate::Client {
    /// Waits until every selected asynchronous task is `SUCCESS` (polling
    /// `DescribeTaskStatus`), and returns the final response.
    ///
    /// Fails at once with [`WaitError::FailureState`] on `FAILED`.
    ///
    /// A selected resource the response does not list (or an empty response) fails at once with
    /// [`WaitError::Gone`].
    ///
    /// Polls through [`Client::send`](crate::Client::send) (retries, rate limiter and per-call
    /// overrides apply) with jittered exponential back-off, for at most the given wait; see
    /// [`crate::waiter`].
    ///
    /// ```no_run
    /// # async fn demo(client: &ecm_sdk::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use ecm_sdk::actions::*;
    ///
    /// let request = DescribeTaskStatusRequest::new()
    ///     .task_set([ecm_sdk::types::TaskInput::new().operation("…").task_id("id-1")]);
    /// let response = client
    ///     .wait_until_tasks_done(request, Duration::from_secs(600))
    ///     .await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    pub async fn wait_until_tasks_done(
        &self,
        request: DescribeTaskStatusRequest,
        max_wait: impl Into<WaitOptions>,
    ) -> Result<DescribeTaskStatusResponse, WaitError<DescribeTaskStatusResponse>> {
        crate::waiter::wait(self, request, &TASKS_DONE, max_wait.into()).await
    }
}

static TASK_RESULT_SUCCESS: Waiter<DescribeTaskResultRequest> = Waiter {
    name: "task_result_success",
    ids: |_| Vec::new(),
    observe: |output| {
        let resource = output;
        vec![
            Observation { id : None, state : resource.result.as_ref().map(| state : &
            TaskResult | { let class = match state { TaskResult::Success =>
            StateClass::Success, TaskResult::Failed => StateClass::Failure, _ =>
            StateClass::Pending, }; (class, state.to_string()) }), }
        ]
    },
    gone: Gone::Failure,
};

impl crate::Client {
    /// Waits until the asynchronous task's `Result` is `SUCCESS` (polling
    /// `DescribeTaskResult`), and returns the final response.
    ///
    /// Fails at once with [`WaitError::FailureState`] on `FAILED`.
    ///
    /// A selected resource the response does not list (or an empty response) fails at once with
    /// [`WaitError::Gone`].
    ///
    /// Polls through [`Client::send`](crate::Client::send) (retries, rate limiter and per-call
    /// overrides apply) with jittered exponential back-off, for at most the given wait; see
    /// [`crate::waiter`].
    ///
    /// ```no_run
    /// # async fn demo(client: &ecm_sdk::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use ecm_sdk::actions::*;
    ///
    /// let request = DescribeTaskResultRequest::new()
    ///     .ecm_region("ap-xian-ecm")
    ///     .task_id("id-1");
    /// let response = client
    ///     .wait_until_task_result_success(request, Duration::from_secs(600))
    ///     .await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    pub async fn wait_until_task_result_success(
        &self,
        request: DescribeTaskResultRequest,
        max_wait: impl Into<WaitOptions>,
    ) -> Result<DescribeTaskResultResponse, WaitError<DescribeTaskResultResponse>> {
        crate::waiter::wait(self, request, &TASK_RESULT_SUCCESS, max_wait.into()).await
    }
}

static LOAD_BALANCE_TASK_SUCCEEDED: Waiter<DescribeLoadBalanceTaskStatusRequest> = Waiter {
    name: "load_balance_task_succeeded",
    ids: |_| Vec::new(),
    observe: |output| {
        let resource = output;
        vec![
            Observation { id : None, state : resource.status.as_ref().map(| state : &
            LoadBalanceTaskStatus | { let class = match state {
            LoadBalanceTaskStatus::Succeeded => StateClass::Success,
            LoadBalanceTaskStatus::Failed => StateClass::Failure, _ =>
            StateClass::Pending, }; (class, state.to_string()) }), }
        ]
    },
    gone: Gone::Failure,
};

impl crate::Client {
    /// Waits until the CLB task's `Status` is `0` (succeeded) (polling
    /// `DescribeLoadBalanceTaskStatus`), and returns the final response.
    ///
    /// Fails at once with [`WaitError::FailureState`] on `1`.
    ///
    /// A selected resource the response does not list (or an empty response) fails at once with
    /// [`WaitError::Gone`].
    ///
    /// Polls through [`Client::send`](crate::Client::send) (retries, rate limiter and per-call
    /// overrides apply) with jittered exponential back-off, for at most the given wait; see
    /// [`crate::waiter`].
    ///
    /// ```no_run
    /// # async fn demo(client: &ecm_sdk::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use ecm_sdk::actions::*;
    ///
    /// let request = DescribeLoadBalanceTaskStatusRequest::new()
    ///     .task_id("id-1");
    /// let response = client
    ///     .wait_until_load_balance_task_succeeded(request, Duration::from_secs(600))
    ///     .await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    pub async fn wait_until_load_balance_task_succeeded(
        &self,
        request: DescribeLoadBalanceTaskStatusRequest,
        max_wait: impl Into<WaitOptions>,
    ) -> Result<
        DescribeLoadBalanceTaskStatusResponse,
        WaitError<DescribeLoadBalanceTaskStatusResponse>,
    > {
        crate::waiter::wait(self, request, &LOAD_BALANCE_TASK_SUCCEEDED, max_wait.into())
            .await
    }
}

static LOAD_BALANCERS_RUNNING: Waiter<DescribeLoadBalancersRequest> = Waiter {
    name: "load_balancers_running",
    ids: |request| request.load_balancer_ids.clone().unwrap_or_default(),
    observe: |output| {
        output
            .load_balancer_set
            .iter()
            .flatten()
            .map(|resource| Observation {
                id: resource.load_balancer_id.clone(),
                state: resource
                    .status
                    .as_ref()
                    .map(|state: &LoadBalancerStatus| {
                        let class = match state {
                            LoadBalancerStatus::Running => StateClass::Success,
                            _ => StateClass::Pending,
                        };
                        (class, state.to_string())
                    }),
            })
            .collect()
    },
    gone: Gone::Failure,
};

impl crate::Client {
    /// Waits until every selected CLB instance's `Status` is `1` (running) (polling
    /// `DescribeLoadBalancers`), and returns the final response.
    ///
    /// A selected resource the response does not list (or an empty response) fails at once with
    /// [`WaitError::Gone`].
    ///
    /// Polls through [`Client::send`](crate::Client::send) (retries, rate limiter and per-call
    /// overrides apply) with jittered exponential back-off, for at most the given wait; see
    /// [`crate::waiter`].
    ///
    /// ```no_run
    /// # async fn demo(client: &ecm_sdk::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use ecm_sdk::actions::*;
    ///
    /// let request = DescribeLoadBalancersRequest::new()
    ///     .load_balancer_ids(["id-1", "id-2"]);
    /// let response = client
    ///     .wait_until_load_balancers_running(request, Duration::from_secs(600))
    ///     .await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    pub async fn wait_until_load_balancers_running(
        &self,
        request: DescribeLoadBalancersRequest,
        max_wait: impl Into<WaitOptions>,
    ) -> Result<
        DescribeLoadBalancersResponse,
        WaitError<DescribeLoadBalancersResponse>,
    > {
        crate::waiter::wait(self, request, &LOAD_BALANCERS_RUNNING, max_wait.into())
            .await
    }
}

static SNAPSHOTS_NORMAL: Waiter<DescribeSnapshotsRequest> = Waiter {
    name: "snapshots_normal",
    ids: |request| request.snapshot_ids.clone().unwrap_or_default(),
    observe: |output| {
        output
            .snapshot_set
            .iter()
            .flatten()
            .map(|resource| Observation {
                id: resource.snapshot_id.clone(),
                state: resource
                    .snapshot_state
                    .as_ref()
                    .map(|state: &SnapshotState| {
                        let class = match state {
                            SnapshotState::Normal => StateClass::Success,
                            _ => StateClass::Pending,
                        };
                        (class, state.to_string())
                    }),
            })
            .collect()
    },
    gone: Gone::Failure,
};

impl crate::Client {
    /// Waits until every selected snapshot is `NORMAL` (polling `DescribeSnapshots`), and
    /// returns the final response.
    ///
    /// A selected resource the response does not list (or an empty response) fails at once with
    /// [`WaitError::Gone`].
    ///
    /// Polls through [`Client::send`](crate::Client::send) (retries, rate limiter and per-call
    /// overrides apply) with jittered exponential back-off, for at most the given wait; see
    /// [`crate::waiter`].
    ///
    /// ```no_run
    /// # async fn demo(client: &ecm_sdk::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use ecm_sdk::actions::*;
    ///
    /// let request = DescribeSnapshotsRequest::new()
    ///     .snapshot_ids(["id-1", "id-2"]);
    /// let response = client
    ///     .wait_until_snapshots_normal(request, Duration::from_secs(600))
    ///     .await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    pub async fn wait_until_snapshots_normal(
        &self,
        request: DescribeSnapshotsRequest,
        max_wait: impl Into<WaitOptions>,
    ) -> Result<DescribeSnapshotsResponse, WaitError<DescribeSnapshotsResponse>> {
        crate::waiter::wait(self, request, &SNAPSHOTS_NORMAL, max_wait.into()).await
    }
}

static NETWORK_INTERFACES_AVAILABLE: Waiter<DescribeNetworkInterfacesRequest> = Waiter {
    name: "network_interfaces_available",
    ids: |request| request.network_interface_ids.clone().unwrap_or_default(),
    observe: |output| {
        output
            .network_interface_set
            .iter()
            .flatten()
            .map(|resource| Observation {
                id: resource.network_interface_id.clone(),
                state: resource
                    .state
                    .as_ref()
                    .map(|state: &NetworkInterfaceState| {
                        let class = match state {
                            NetworkInterfaceState::Available => StateClass::Success,
                            _ => StateClass::Pending,
                        };
                        (class, state.to_string())
                    }),
            })
            .collect()
    },
    gone: Gone::Failure,
};

impl crate::Client {
    /// Waits until every selected ENI is `AVAILABLE` (polling `DescribeNetworkInterfaces`), and
    /// returns the final response.
    ///
    /// A selected resource the response does not list (or an empty response) fails at once with
    /// [`WaitError::Gone`].
    ///
    /// Polls through [`Client::send`](crate::Client::send) (retries, rate limiter and per-call
    /// overrides apply) with jittered exponential back-off, for at most the given wait; see
    /// [`crate::waiter`].
    ///
    /// ```no_run
    /// # async fn demo(client: &ecm_sdk::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use ecm_sdk::actions::*;
    ///
    /// let request = DescribeNetworkInterfacesRequest::new()
    ///     .network_interface_ids(["id-1", "id-2"]);
    /// let response = client
    ///     .wait_until_network_interfaces_available(request, Duration::from_secs(600))
    ///     .await?;
    /// # let _ = response;
    /// # Ok(()) }
    /// ```
    pub async fn wait_until_network_interfaces_available(
        &self,
        request: DescribeNetworkInterfacesRequest,
        max_wait: impl Into<WaitOptions>,
    ) -> Result<
        DescribeNetworkInterfacesResponse,
        WaitError<DescribeNetworkInterfacesResponse>,
    > {
        crate::waiter::wait(
                self,
                request,
                &NETWORK_INTERFACES_AVAILABLE,
                max_wait.into(),
            )
            .await
    }
}
