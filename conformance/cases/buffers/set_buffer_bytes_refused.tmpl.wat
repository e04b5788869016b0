;; buffers/set_buffer_bytes_refused: proxy_set_buffer_bytes where it must
;; fail, each call inserting "x" at start 0 unless said otherwise.
;;   on_vm_start       buffer 6 (0.1.0: out of range; 0.2.0: read-only)
;;   on_configure      buffer 7 (likewise), then the request body (0) and
;;                     the downstream data (2), which a root does not have;
;;                     starts an HTTP call
;;   on_http_call_response  the response body (4), read-only; read back;
;;                     starts a unary gRPC call (0.1.0's arity)
;;   on_grpc_receive   the message (5), read-only; read back
;;   on_request_headers  the request body (0), not there yet
;;   on_request_body   buffer 9 and 0xFFFFFFFF (out of range in every
;;                     version); the body is read back.
;; (Bad value pointers: set_buffer_bytes_bad_pointers.)
(module
  (import "env" "proxy_set_buffer_bytes"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_bytes"
    (func $bytes (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_grpc_call"
    (func $grpc_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 8) "x")
  (data (i32.const 16) "cluster")     ;; 7
  ;; {:method: GET, :path: /, :authority: a}, 61 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:path\00/\00:authority\00a\00")
  (data (i32.const 112) "pkg.Svc")    ;; 7
  (data (i32.const 128) "Get")        ;; 3
  (global $heap (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $x (param $t i32)
    (drop (call $set (local.get $t) (i32.const 0) (i32.const 0) (i32.const 8) (i32.const 1))))
  (func $read (param $t i32)
    (drop (call $bytes (local.get $t) (i32.const 0) (i32.const 100) (i32.const 512) (i32.const 516))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (call $x (i32.const 6))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $x (i32.const 7))
    (call $x (i32.const {{buffer http_request_body}}))
    (call $x (i32.const {{buffer network_downstream_data}}))
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61)
                           (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                           (i32.const 1000) (i32.const 600)))
    (i32.const 1))
  (func (export "proxy_on_http_call_response") (param i32 i32 i32 i32 i32)
    (call $x (i32.const {{buffer http_call_response_body}}))
    (call $read (i32.const {{buffer http_call_response_body}}))
    (drop (call $grpc_call (i32.const 16) (i32.const 7) (i32.const 112) (i32.const 7)
                           (i32.const 128) (i32.const 3) (i32.const 0) (i32.const 0)
                           (i32.const 8) (i32.const 1) (i32.const 1000) (i32.const 604))))
  (func (export "proxy_on_grpc_receive") (param i32 i32 i32)
    (call $x (i32.const {{buffer grpc_receive_buffer}}))
    (call $read (i32.const {{buffer grpc_receive_buffer}})))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (call $x (i32.const {{buffer http_request_body}}))
    (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (call $x (i32.const 9))
    (call $x (i32.const -1))
    (call $read (i32.const {{buffer http_request_body}}))
    (i32.const 0)))
