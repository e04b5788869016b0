;; grpc/callout_refused (0.1.0 on): proxy_grpc_call and proxy_grpc_stream
;; (with initial metadata {x-a: 1}) that the host refuses, one service at
;; a time: the empty service (no cluster of that name:
;; parse_failure), the reference host's simulated "pwabi.no_client" (no
;; client can be made: bad_argument) and "pwabi.down" (the send fails:
;; internal_failure).  The token slot is preset to 0xaa bytes; no gRPC
;; callback may follow (they trap).
(module
  (import "env" "proxy_grpc_call"
    (func $grpc_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
                     (result i32)))
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "pwabi.no_client")   ;; 15
  (data (i32.const 32) "pkg.Echo")
  (data (i32.const 48) "Say")
  (data (i32.const 64) "ping")
  (data (i32.const 80) "pwabi.down")        ;; 10
  ;; {x-a: 1}, 18 bytes
  (data (i32.const 96) "\01\00\00\00\03\00\00\00\01\00\00\00x-a\001\00")
  ;; out slot: 256 token
  (data (i32.const 256) "\aa\aa\aa\aa")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func $both (param $svc i32) (param $len i32)
    (drop (call $grpc_call (local.get $svc) (local.get $len) (i32.const 32) (i32.const 8)
                           (i32.const 48) (i32.const 3) (i32.const 96) (i32.const 18)
                           (i32.const 64) (i32.const 4) (i32.const 1000) (i32.const 256)))
    (drop (call $grpc_stream (local.get $svc) (local.get $len) (i32.const 32) (i32.const 8)
                             (i32.const 48) (i32.const 3) (i32.const 96) (i32.const 18)
                             (i32.const 256))))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $both (i32.const 16) (i32.const 0))
    (call $both (i32.const 16) (i32.const 15))
    (call $both (i32.const 80) (i32.const 10))
    (i32.const 1))
  (func (export "proxy_on_grpc_receive_initial_metadata") (param i32 i32 i32) unreachable)
  (func (export "proxy_on_grpc_receive") (param i32 i32 i32) unreachable)
  (func (export "proxy_on_grpc_close") (param i32 i32 i32) unreachable))
