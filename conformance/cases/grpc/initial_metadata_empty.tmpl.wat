;; grpc/initial_metadata_empty (0.1.0 on): a gRPC call and a stream with
;; no initial metadata are accepted and go out with none.  Selected by the
;; configuration length: 0, proxy_grpc_call with the metadata argument
;; (0, 0); 1, proxy_grpc_stream with a pairs blob of count 0 (4 bytes);
;; 2, proxy_grpc_call with a count-0 blob at the very end of memory
;; (65532, 4).
(module
  (import "env" "proxy_grpc_call"
    (func $grpc_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
                     (result i32)))
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Echo")
  (data (i32.const 48) "Say")
  (data (i32.const 64) "ping")
  (data (i32.const 96) "\00\00\00\00")
  ;; out slot: 256 token
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func $call (param $md i32) (param $len i32)
    (drop (call $grpc_call (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                           (i32.const 48) (i32.const 3) (local.get $md) (local.get $len)
                           (i32.const 64) (i32.const 4) (i32.const 0) (i32.const 256))))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (i32.store (i32.const 65532) (i32.const 0))
    (if (i32.eqz (local.get 1)) (then (call $call (i32.const 0) (i32.const 0))))
    (if (i32.eq (local.get 1) (i32.const 1))
      (then
        (drop (call $grpc_stream (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                                 (i32.const 48) (i32.const 3) (i32.const 96) (i32.const 4)
                                 (i32.const 256)))))
    (if (i32.eq (local.get 1) (i32.const 2)) (then (call $call (i32.const 65532) (i32.const 4))))
    (i32.const 1)))
