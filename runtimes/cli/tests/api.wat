;; Exercises the rest of the scenario API: a metric, shared data, a shared
;; queue, an HTTP callout, a local response, an L4 connection.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (import "env" "proxy_define_metric"
    (func $define_metric (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_increment_metric"
    (func $increment_metric (param i32 i64) (result i32)))
  (import "env" "proxy_set_shared_data"
    (func $set_shared (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_register_shared_queue"
    (func $register_queue (param i32 i32 i32) (result i32)))
  (import "env" "proxy_dequeue_shared_queue"
    (func $dequeue (param i32 i32 i32) (result i32)))
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
      (result i32)))
  (import "env" "proxy_send_local_response"
    (func $local_response (param i32 i32 i32 i32 i32 i32 i32 i32)
      (result i32)))
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "hits")
  (data (i32.const 32) "kv")
  (data (i32.const 40) "q")
  (data (i32.const 48) "cluster")
  ;; pairs: :method GET, :path /up, :authority up (64 bytes)
  (data (i32.const 256) "\03\00\00\00\07\00\00\00\03\00\00\00"
    "\05\00\00\00\03\00\00\00\0a\00\00\00\02\00\00\00"
    ":method\00GET\00:path\00/up\00:authority\00up\00")
  (data (i32.const 88) "\00\00\00\00")  ;; pairs: none
  (data (i32.const 96) "ping")
  (data (i32.const 112) "denied")
  (data (i32.const 128) "no")
  (data (i32.const 144) "answered")
  ;; 200 token, 204 metric id, 208 queue token, 212/216 dequeued item
  (func (export "malloc") (param $n i32) (result i32) (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (global.get $heap) (local.get $n)))
    (local.get $p))
  (func (export "proxy_on_create") (param i32 i32))
  (func (export "proxy_on_start") (param i32 i32) (result i32)
    (drop (call $define_metric (i32.const 0) (i32.const 16) (i32.const 4)
      (i32.const 204)))
    (drop (call $set_shared (i32.const 32) (i32.const 1) (i32.const 33)
      (i32.const 1) (i32.const 0)))
    (drop (call $register_queue (i32.const 40) (i32.const 1)
      (i32.const 208)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (i32.const 1))
  (func (export "proxy_on_queue_ready") (param i32 i32)
    (drop (call $dequeue (local.get 1) (i32.const 212) (i32.const 216))))
  ;; calls upstream and answers locally; stop_iteration
  (func (export "proxy_on_request_headers") (param i32 i32) (result i32)
    (drop (call $increment_metric (i32.load (i32.const 204)) (i64.const 1)))
    (drop (call $http_call (i32.const 48) (i32.const 7) (i32.const 256)
      (i32.const 64) (i32.const 96) (i32.const 4) (i32.const 88)
      (i32.const 4) (i32.const 500) (i32.const 200)))
    (drop (call $local_response (i32.const 403) (i32.const 112)
      (i32.const 6) (i32.const 128) (i32.const 2) (i32.const 0)
      (i32.const 0) (i32.const -1)))
    (i32.const 1))
  (func (export "proxy_on_http_call_response")
    (param i32 i32 i32 i32 i32)
    (drop (call $log (i32.const 2) (i32.const 144) (i32.const 8))))
  (func (export "proxy_on_new_connection") (param i32) (result i32)
    (i32.const 0))
  (func (export "proxy_on_downstream_data") (param i32 i32 i32) (result i32)
    (i32.const 0))
  (func (export "proxy_on_downstream_connection_close") (param i32 i32))
  (func (export "proxy_on_done") (param i32) (result i32) (i32.const 1))
  (func (export "proxy_on_log") (param i32))
  (func (export "proxy_on_delete") (param i32)))
