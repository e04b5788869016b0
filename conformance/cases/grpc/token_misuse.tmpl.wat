;; gRPC tokens used with the wrong function, from one on_configure.  It
;; starts an HTTP call (token H), a unary gRPC call (C) and a gRPC stream
;; (S).  bad_argument: sending on C (a call, not a stream), and sending
;; on, cancelling and closing H (not a gRPC token at all).  Then C and S
;; are cancelled (ok), after which cancelling C, closing C, sending on S,
;; cancelling S and closing S are not_found (no longer live).
(module
  (import "env" "proxy_http_call"
    (func $http_call {{params proxy_http_call}}))
  (import "env" "proxy_grpc_call"
    (func $grpc_call {{params proxy_grpc_call}}))
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream {{params proxy_grpc_stream}}))
  (import "env" "proxy_grpc_send"
    (func $grpc_send {{params proxy_grpc_send}}))
  (import "env" "proxy_grpc_cancel"
    (func $grpc_cancel {{params proxy_grpc_cancel}}))
  (import "env" "proxy_grpc_close"
    (func $grpc_close {{params proxy_grpc_close}}))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Echo")
  (data (i32.const 48) "Say")
  (data (i32.const 64) "ping")
  ;; HTTP call headers, pairs-encoded: :method GET, :path /, :authority x
  (data (i32.const 128)
    "\03\00\00\00"
    "\07\00\00\00\03\00\00\00" "\05\00\00\00\01\00\00\00"
    "\0a\00\00\00\01\00\00\00"
    ":method\00GET\00:path\00/\00:authority\00x\00")
  ;; out slots: 256 call token C, 260 stream token S, 268 HTTP token H
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func $C (result i32) (i32.load (i32.const 256)))
  (func $S (result i32) (i32.load (i32.const 260)))
  (func $H (result i32) (i32.load (i32.const 268)))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $http_call (i32.const 16) (i32.const 9) (i32.const 128) (i32.const 61)
                           (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                           (i32.const 1000) (i32.const 268)))
    (drop (call $grpc_call (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                           (i32.const 48) (i32.const 3) {{empty proxy_grpc_call.initial_metadata}} (i32.const 64) (i32.const 4)
                           (i32.const 1000) (i32.const 256)))
    (drop (call $grpc_stream (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                             (i32.const 48) (i32.const 3) {{empty proxy_grpc_stream.initial_metadata}} (i32.const 260)))
    ;; wrong kind of token: bad_argument
    (drop (call $grpc_send (call $C) (i32.const 64) (i32.const 4) (i32.const 0)))
    (drop (call $grpc_send (call $H) (i32.const 64) (i32.const 4) (i32.const 0)))
    (drop (call $grpc_cancel (call $H)))
    (drop (call $grpc_close (call $H)))
    ;; cancel both: ok
    (drop (call $grpc_cancel (call $C)))
    (drop (call $grpc_cancel (call $S)))
    ;; no longer live: not_found
    (drop (call $grpc_cancel (call $C)))
    (drop (call $grpc_close (call $C)))
    (drop (call $grpc_send (call $S) (i32.const 64) (i32.const 4) (i32.const 0)))
    (drop (call $grpc_cancel (call $S)))
    (drop (call $grpc_close (call $S)))
    (i32.const 1)))
