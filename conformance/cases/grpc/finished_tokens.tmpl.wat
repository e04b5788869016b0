;; Tokens of finished calls and streams are no longer live.  Selected by
;; the configuration length: "" starts a unary call C (the driver then
;; answers it with a message, which ends it); "s" opens a stream S and
;; half-closes it (the driver then closes the server side); "xx" cancels
;; and closes C, and sends on, cancels and closes S: all not_found.
(module
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
  ;; out slots: 256 call token C, 260 stream token S
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param $root i32) (param $len i32)
      (result i32)
    (block $done
      (if (i32.eqz (local.get $len))
        (then
          (drop (call $grpc_call (i32.const 16) (i32.const 9) (i32.const 32)
                                 (i32.const 8) (i32.const 48) (i32.const 3) {{empty proxy_grpc_call.initial_metadata}}
                                 (i32.const 64) (i32.const 4) (i32.const 1000)
                                 (i32.const 256)))
          (br $done)))
      (if (i32.eq (local.get $len) (i32.const 1))
        (then
          (drop (call $grpc_stream (i32.const 16) (i32.const 9) (i32.const 32)
                                   (i32.const 8) (i32.const 48) (i32.const 3) {{empty proxy_grpc_stream.initial_metadata}}
                                   (i32.const 260)))
          (drop (call $grpc_close (i32.load (i32.const 260))))
          (br $done)))
      (drop (call $grpc_cancel (i32.load (i32.const 256))))
      (drop (call $grpc_close (i32.load (i32.const 256))))
      (drop (call $grpc_send (i32.load (i32.const 260)) (i32.const 64) (i32.const 4)
                             (i32.const 0)))
      (drop (call $grpc_cancel (i32.load (i32.const 260))))
      (drop (call $grpc_close (i32.load (i32.const 260)))))
    (i32.const 1))
  (func (export "proxy_on_grpc_receive") (param i32 i32 i32))
  (func (export "proxy_on_grpc_close") (param i32 i32 i32)))
