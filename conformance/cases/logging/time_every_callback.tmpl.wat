;; Every callback reads the time first; proxy_on_context_create only for
;; a root (parent 0), since hosts differ on when a stream's is called.  proxy_on_configure also sets a
;; 100 ms tick period and starts an HTTP call (later failed by the driver).
(module
  (import "env" "proxy_get_current_time_nanoseconds" (func $now (param i32) (result i32)))
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick (param i32) (result i32)))
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster")
  ;; pairs: :method GET, :path /, :authority host
  (data (i32.const 128) "\03\00\00\00"
    "\07\00\00\00\03\00\00\00" "\05\00\00\00\01\00\00\00" "\0a\00\00\00\04\00\00\00"
    ":method\00GET\00" ":path\00/\00" ":authority\00host\00")
  (func $t (drop (call $now (i32.const 64))))
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32)
    (if (i32.eqz (local.get 1)) (then (call $t))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (call $t) (i32.const 1))
  (func (export "proxy_validate_configuration") (param i32 i32) (result i32) (call $t) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $t)
    (drop (call $set_tick (i32.const 100)))
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 128) (i32.const 64)
      (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 1000) (i32.const 8)))
    (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (call $t) (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32) (call $t) (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32) (call $t) (i32.const 0))
  (func (export "proxy_on_done") (param i32) (result i32) (call $t) (i32.const 1))
  (func (export "proxy_on_log") (param i32) (call $t))
  (func (export "proxy_on_delete") (param i32) (call $t))
  (func (export "proxy_on_new_connection") (param i32) (result i32) (call $t) (i32.const 0))
  (func (export "proxy_on_downstream_data") (param i32 i32 i32) (result i32) (call $t) (i32.const 0))
  (func (export "proxy_on_http_call_response") (param i32 i32 i32 i32 i32) (call $t))
  (func (export "proxy_on_tick") (param i32) (call $t)))
