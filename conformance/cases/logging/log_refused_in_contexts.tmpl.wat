;; Each callback below logs twice: at info with a message running 4 bytes
;; past the end of memory, then "msg" at level 6 (past critical).
;; proxy_on_vm_start sets a 100 ms tick; proxy_on_configure starts an
;; HTTP call, which the driver fails.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick (param i32) (result i32)))
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster")
  (data (i32.const 32) "msg")
  ;; pairs: :method GET, :path /, :authority host
  (data (i32.const 128) "\03\00\00\00"
    "\07\00\00\00\03\00\00\00" "\05\00\00\00\01\00\00\00" "\0a\00\00\00\04\00\00\00"
    ":method\00GET\00" ":path\00/\00" ":authority\00host\00")
  (func $bad
    (drop (call $log (i32.const 2) (i32.const 65532) (i32.const 8)))
    (drop (call $log (i32.const 6) (i32.const 32) (i32.const 3))))
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (drop (call $set_tick (i32.const 100)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 128) (i32.const 64)
      (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 1000) (i32.const 8)))
    (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (call $bad) (i32.const 0))
  (func (export "proxy_on_new_connection") (param i32) (result i32) (call $bad) (i32.const 0))
  (func (export "proxy_on_http_call_response") (param i32 i32 i32 i32 i32) (call $bad))
  (func (export "proxy_on_tick") (param i32) (call $bad)))
